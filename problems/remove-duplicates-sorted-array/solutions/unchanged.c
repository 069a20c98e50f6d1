/* Wrong: counts the distinct values but never moves them to the front. */
int removeDuplicates(int* nums, int numsSize) {
    int k = 0;
    for (int i = 0; i < numsSize; i++)
        if (i == 0 || nums[i - 1] != nums[i]) k++;
    return k;
}
