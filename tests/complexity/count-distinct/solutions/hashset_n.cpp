// O(n) expected: puts every value in an unordered_set and prints its size
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    if (!(cin >> n)) return 1;
    unordered_set<int> seen;
    seen.reserve(n);
    for (int i = 0; i < n; i++) {
        int x;
        cin >> x;
        seen.insert(x);
    }
    cout << seen.size() << "\n";
    return 0;
}
