// O(n^2): sorts a copy, then for each first element moves two pointers inward (values are distinct)
class Solution {
public:
    long long countZeroTriplets(vector<int>& nums) {
        vector<int> a(nums);
        sort(a.begin(), a.end());
        int n = (int)a.size();
        long long count = 0;
        for (int i = 0; i + 2 < n; i++) {
            int lo = i + 1, hi = n - 1;
            while (lo < hi) {
                long long s = (long long)a[i] + a[lo] + a[hi];
                if (s == 0) { count++; lo++; hi--; }
                else if (s < 0) lo++;
                else hi--;
            }
        }
        return count;
    }
};
