// Wrong: compacts a copy of nums, not nums itself.
class Solution {
public:
    int removeDuplicates(vector<int> nums) {
        return (int)(unique(nums.begin(), nums.end()) - nums.begin());
    }
};
