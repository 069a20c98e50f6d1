// O(n): scans from the start until nums[i] >= target
class Solution {
public:
    int searchInsert(vector<int>& nums, int target) {
        int i = 0, n = (int)nums.size();
        while (i < n && nums[i] < target) i++;
        return i;
    }
};
