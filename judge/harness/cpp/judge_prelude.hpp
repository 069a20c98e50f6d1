// judge_prelude.hpp: what LeetCode's C++ environment gives a solution.
//
// Included before the solution (docs/function-problems.md): the whole
// standard library, "using namespace std", and LeetCode's ListNode and
// TreeNode with all their constructors, so that a solution written for
// LeetCode compiles unmodified.  Nothing else is declared here; the
// driver's own code comes after the solution, in judge_runtime.hpp.
#ifndef JUDGE_PRELUDE_HPP
#define JUDGE_PRELUDE_HPP

#include <bits/stdc++.h>

using namespace std;

// LeetCode's definitions, exactly (its C++ stubs show them commented out).
struct ListNode {
    int val;
    ListNode *next;
    ListNode() : val(0), next(nullptr) {}
    ListNode(int x) : val(x), next(nullptr) {}
    ListNode(int x, ListNode *next) : val(x), next(next) {}
};

struct TreeNode {
    int val;
    TreeNode *left;
    TreeNode *right;
    TreeNode() : val(0), left(nullptr), right(nullptr) {}
    TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
    TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
};

#endif
