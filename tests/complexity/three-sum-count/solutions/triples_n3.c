/* O(n^3): checks every index triple i < j < k */
long long countZeroTriplets(int* nums, int numsSize) {
    long long count = 0;
    for (int i = 0; i < numsSize; i++)
        for (int j = i + 1; j < numsSize; j++)
            for (int k = j + 1; k < numsSize; k++)
                if ((long long)nums[i] + nums[j] + nums[k] == 0) count++;
    return count;
}
