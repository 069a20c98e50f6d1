// Wrong: compacts a copy of nums; the caller's array is unchanged.
class Solution {
    public int removeDuplicates(int[] nums) {
        int[] copy = nums.clone();
        int k = 0;
        for (int i = 0; i < copy.length; i++)
            if (k == 0 || copy[k - 1] != copy[i])
                copy[k++] = copy[i];
        return k;
    }
}
