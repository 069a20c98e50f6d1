/* O(n): scans from the start until nums[i] >= target */
int searchInsert(int* nums, int numsSize, int target) {
    int i = 0;
    while (i < numsSize && nums[i] < target) i++;
    return i;
}
