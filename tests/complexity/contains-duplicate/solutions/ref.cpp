// O(n log n): sorts a copy with std::sort, then compares neighbours
class Solution {
public:
    bool containsDuplicate(vector<int>& nums) {
        vector<int> a(nums);
        sort(a.begin(), a.end());
        for (size_t i = 1; i < a.size(); i++)
            if (a[i] == a[i - 1]) return true;
        return false;
    }
};
