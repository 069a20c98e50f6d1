// O(n log n): reads everything, sorts, counts the values with unique()
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    if (!(cin >> n)) return 1;
    vector<int> a(n);
    for (int &x : a) cin >> x;
    sort(a.begin(), a.end());
    cout << (unique(a.begin(), a.end()) - a.begin()) << "\n";
    return 0;
}
