/* O(n*k), O(n^2) with k = n/2: k rounds of finding the maximum and removing it */
int findKthLargest(int* nums, int numsSize, int k) {
    int size = numsSize;
    int best = 0;
    for (int round = 0; round < k; round++) {
        int at = 0;
        for (int i = 1; i < size; i++)
            if (nums[i] > nums[at]) at = i;
        best = nums[at];
        nums[at] = nums[size - 1];
        size--;
    }
    return best;
}
