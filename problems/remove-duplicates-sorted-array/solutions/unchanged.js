// Wrong: the distinct values go into a new array, not into nums.
/**
 * @param {number[]} nums
 * @return {number}
 */
var removeDuplicates = function(nums) {
    nums = [...new Set(nums)];
    return nums.length;
};
