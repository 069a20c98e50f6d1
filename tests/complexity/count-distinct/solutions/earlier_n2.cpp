// O(n^2): counts a value when find() sees it in none of the earlier positions
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    if (!(cin >> n)) return 1;
    vector<int> a(n);
    for (int &x : a) cin >> x;
    int count = 0;
    for (int i = 0; i < n; i++)
        if (find(a.begin(), a.begin() + i, a[i]) == a.begin() + i)
            count++;
    cout << count << "\n";
    return 0;
}
