/* O(n^2): every repeat shifts the whole tail left by one place (memmove) */
int removeDuplicates(int* nums, int numsSize) {
    int n = numsSize, i = 1;
    while (i < n) {
        if (nums[i] == nums[i - 1]) {
            memmove(nums + i, nums + i + 1, sizeof(int) * (size_t)(n - i - 1));
            n--;
        } else {
            i++;
        }
    }
    return n;
}
