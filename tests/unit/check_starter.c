/*
 * check_starter.c: the starters of function and design problems
 * (starter.h): their key lines in the five languages, the problem's
 * comment made harmless, blocks and names the languages refuse, and, where
 * the compilers are installed, that every starter compiles in the
 * environment judge gives the language (docs/function-problems.md).
 */
#define _GNU_SOURCE
#include <check.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "starter.h"

static const char *const langs[] = { "c", "cpp", "python", "java", "javascript" };
#define NLANGS (sizeof(langs) / sizeof(langs[0]))

/* ---- signatures ---- */

#define TWO_SUM                                                              \
	"function twoSum\nparam nums integer[]\nparam target integer\n"      \
	"returns integer[]\nend\n"
#define REVERSE_LIST "function reverseList\nparam head ListNode\nreturns ListNode\nend\n"
#define LEVEL_ORDER                                                          \
	"function levelOrder\nparam root TreeNode\nreturns list<list<integer>>\nend\n"
#define GROUP_ANAGRAMS                                                       \
	"function groupAnagrams\nparam strs string[]\nreturns list<list<string>>\nend\n"
#define ISLANDS "function numIslands\nparam grid character[][]\nreturns integer\nend\n"
#define REMOVE_DUPLICATES                                                    \
	"function removeDuplicates\nparam nums integer[]\nreturns integer\n" \
	"output nums\nlength-from-return\nend\n"
#define ROTATE                                                               \
	"function rotate\nparam nums integer[]\nparam k integer\nreturns void\n" \
	"output nums\nend\n"
#define LRU_CACHE                                                            \
	"design LRUCache\nconstructor integer\nnames constructor capacity\n" \
	"method get integer integer\nnames get key\n"                        \
	"method put void integer integer\nnames put key value\nend\n"
/* As the driver gets it: no names lines, no constructor arguments. */
#define MIN_STACK                                                            \
	"design MinStack\nconstructor\nmethod push void integer\n"           \
	"method pop void\nmethod top integer\nmethod getMin integer\nend\n"
#define SORTED_LIST_TO_BST                                                   \
	"function sortedListToBST\nparam head ListNode\nreturns TreeNode\nend\n"
#define MERGE_K_LISTS                                                        \
	"function mergeKLists\nparam lists ListNode[]\nreturns ListNode\nend\n"
/* Every type, the way the C convention and Java's List and [] tell apart. */
#define KITCHEN                                                              \
	"function kitchen\nparam a long\nparam b double\nparam c boolean\n"  \
	"param d character\nparam e string\nparam f string[]\n"              \
	"param g long[][]\nparam h list<integer[]>\nparam i TreeNode[]\n"    \
	"param j boolean[]\nparam l list<double>\nreturns list<string>\nend\n"
#define STORE                                                                \
	"design Store\nconstructor integer[] string\n"                       \
	"names constructor nums name\n"                                      \
	"method add void string double\nnames add key weight\n"              \
	"method top list<integer> integer\n"                                 \
	"method has boolean character\n"                                     \
	"method grid integer[][]\nmethod sum long long[]\nend\n"

struct sig {
	const char *id;
	const char *cls; /* the class Java's file is named after */
	const char *block;
};

static const struct sig sigs[] = {
	{ "two_sum", "Solution", TWO_SUM },
	{ "reverse_list", "Solution", REVERSE_LIST },
	{ "level_order", "Solution", LEVEL_ORDER },
	{ "group_anagrams", "Solution", GROUP_ANAGRAMS },
	{ "islands", "Solution", ISLANDS },
	{ "remove_duplicates", "Solution", REMOVE_DUPLICATES },
	{ "rotate", "Solution", ROTATE },
	{ "lru_cache", "LRUCache", LRU_CACHE },
	{ "min_stack", "MinStack", MIN_STACK },
	{ "sorted_list_to_bst", "Solution", SORTED_LIST_TO_BST },
	{ "merge_k_lists", "Solution", MERGE_K_LISTS },
	{ "kitchen", "Solution", KITCHEN },
	{ "store", "Store", STORE },
};
#define NSIGS (sizeof(sigs) / sizeof(sigs[0]))

/*
 * A comment that breaks every language's starter unless it is made
 * harmless: it ends C's block comments ("* /", and Java's \u002a/), nests
 * them, holds an invalid Java \u escape, a Python encoding declaration on
 * its first two lines, line ends of all kinds, control characters and
 * bytes that are not UTF-8.
 */
static const char nasty[] =
	"1. Nasty coding: bogus-encoding */ int x = 1; /* nested\r\n"
	"line two coding=bogus\rline three \\u002a/ \\uZZZZ \\\\u ok\n"
	"ctl \x01\x1b\x7f tab\there bad \xff\xfe\xc0\xaf good \xc3\xa9 \xe4\xb8\xad\n"
	"*/\n"
	"\"\"\" ''' ` ${x} \\\n\n\n";

/* ---- helpers ---- */

/* The starter; fails the test unless starter_write succeeds. */
static char *gen(const char *block, const char *lang, const char *comment)
{
	char *buf = NULL, err[256];
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	int rc;

	ck_assert_ptr_nonnull(f);
	memset(err, 'x', sizeof(err));
	rc = starter_write(block, lang, comment, f, err, sizeof(err));
	ck_assert_msg(rc == 0, "%s: %s", lang, err);
	ck_assert_str_eq(err, "");
	ck_assert_int_eq(fclose(f), 0);
	ck_assert_uint_eq(strlen(buf), len);
	return buf;
}

/* starter_write fails, with a message holding fragment, writing nothing. */
static void fails(const char *block, const char *lang, const char *fragment)
{
	char *buf = NULL, err[256];
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	int rc;

	ck_assert_ptr_nonnull(f);
	memset(err, 'x', sizeof(err));
	rc = starter_write(block, lang, "a comment", f, err, sizeof(err));
	ck_assert_int_eq(fclose(f), 0);
	ck_assert_msg(rc == -1, "%s: accepted\n%s", lang ? lang : "(null)", block);
	ck_assert_msg(memchr(err, '\0', sizeof(err)) != NULL, "message not terminated");
	ck_assert_msg(strstr(err, fragment) != NULL, "%s: '%s' does not say '%s'",
		      lang ? lang : "(null)", err, fragment);
	ck_assert_msg(len == 0, "%s: wrote '%s'", lang ? lang : "(null)", buf);
	free(buf);
}

#define HAS(out, s) ck_assert_msg(strstr(out, s) != NULL, "missing:\n%s\nin:\n%s", s, out)
#define STARTS(out, s)                                                       \
	ck_assert_msg(strncmp(out, s, strlen(s)) == 0, "does not start with:\n%s\nbut:\n%s", \
		      s, out)
#define HASNT(out, s) ck_assert_msg(strstr(out, s) == NULL, "unwanted:\n%s\nin:\n%s", s, out)

/* The starter of block in lang holds each of the NULL-terminated lines. */
static void has(const char *block, const char *lang, const char *const *want)
{
	char *out = gen(block, lang, NULL);

	for (; *want; want++)
		HAS(out, *want);
	free(out);
}

#define HAS_ALL(block, lang, ...)                                            \
	do {                                                                 \
		static const char *const want_[] = { __VA_ARGS__, NULL };    \
		has(block, lang, want_);                                     \
	} while (0)

/* ---- valid: LeetCode's starters ---- */

START_TEST(valid_two_sum)
{
	static const char *const want[NLANGS] = {
		"/**\n"
		" * Note: The returned array must be malloced, assume caller calls free().\n"
		" */\n"
		"int* twoSum(int* nums, int numsSize, int target, int* returnSize) {\n"
		"    \n"
		"}\n",

		"class Solution {\n"
		"public:\n"
		"    vector<int> twoSum(vector<int>& nums, int target) {\n"
		"        \n"
		"    }\n"
		"};\n",

		"class Solution:\n"
		"    def twoSum(self, nums: List[int], target: int) -> List[int]:\n"
		"        pass\n",

		"class Solution {\n"
		"    public int[] twoSum(int[] nums, int target) {\n"
		"        \n"
		"    }\n"
		"}\n",

		"/**\n"
		" * @param {number[]} nums\n"
		" * @param {number} target\n"
		" * @return {number[]}\n"
		" */\n"
		"var twoSum = function(nums, target) {\n"
		"    \n"
		"};\n",
	};

	for (size_t i = 0; i < NLANGS; i++) {
		char *out = gen(TWO_SUM, langs[i], NULL);

		ck_assert_str_eq(out, want[i]);
		free(out);
		/* An empty comment is no comment; blank lines are the block's. */
		out = gen("\n  \nfunction twoSum\n\tparam nums   integer[]\nparam target integer\n"
			  "\nreturns integer[]\n", langs[i], "\n\n  \n");
		ck_assert_str_eq(out, want[i]);
		free(out);
	}
}
END_TEST

START_TEST(valid_reverse_list)
{
	HAS_ALL(REVERSE_LIST, "c",
		"/**\n"
		" * Definition for singly-linked list.\n"
		" * struct ListNode {\n"
		" *     int val;\n"
		" *     struct ListNode *next;\n"
		" * };\n"
		" */\n"
		"struct ListNode* reverseList(struct ListNode* head) {\n    \n}\n");
	HAS_ALL(REVERSE_LIST, "cpp",
		" * Definition for singly-linked list.\n",
		" *     ListNode(int x, ListNode *next) : val(x), next(next) {}\n * };\n */\n"
		"class Solution {\npublic:\n",
		"    ListNode* reverseList(ListNode* head) {\n");
	HAS_ALL(REVERSE_LIST, "python",
		"# Definition for singly-linked list.\n# class ListNode:\n",
		"#         self.next = next\nclass Solution:\n"
		"    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:\n"
		"        pass\n");
	HAS_ALL(REVERSE_LIST, "java",
		" * public class ListNode {\n",
		"    public ListNode reverseList(ListNode head) {\n");
	HAS_ALL(REVERSE_LIST, "javascript",
		" * function ListNode(val, next) {\n",
		" * @param {ListNode} head\n * @return {ListNode}\n */\n"
		"var reverseList = function(head) {\n");
	for (size_t i = 0; i < NLANGS; i++) {
		char *out = gen(REVERSE_LIST, langs[i], NULL);

		HASNT(out, "TreeNode");
		HASNT(out, "Note:");
		free(out);
	}
}
END_TEST

START_TEST(valid_level_order)
{
	HAS_ALL(LEVEL_ORDER, "c",
		" * Definition for a binary tree node.\n"
		" * struct TreeNode {\n"
		" *     int val;\n"
		" *     struct TreeNode *left;\n"
		" *     struct TreeNode *right;\n"
		" * };\n"
		" */\n"
		"/**\n"
		" * Return an array of arrays of size *returnSize.\n"
		" * The sizes of the arrays are returned as *returnColumnSizes array.\n"
		" * Note: Both returned array and *columnSizes array must be malloced, "
		"assume caller calls free().\n"
		" */\n"
		"int** levelOrder(struct TreeNode* root, int* returnSize, "
		"int** returnColumnSizes) {\n");
	HAS_ALL(LEVEL_ORDER, "cpp",
		" *     TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), "
		"left(left), right(right) {}\n",
		"    vector<vector<int>> levelOrder(TreeNode* root) {\n");
	HAS_ALL(LEVEL_ORDER, "python",
		"# Definition for a binary tree node.\n",
		"#     def __init__(self, val=0, left=None, right=None):\n",
		"    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:\n");
	HAS_ALL(LEVEL_ORDER, "java",
		" * public class TreeNode {\n",
		"    public List<List<Integer>> levelOrder(TreeNode root) {\n");
	HAS_ALL(LEVEL_ORDER, "javascript",
		" * function TreeNode(val, left, right) {\n",
		" * @param {TreeNode} root\n * @return {number[][]}\n */\n"
		"var levelOrder = function(root) {\n");
	for (size_t i = 0; i < NLANGS; i++) {
		char *out = gen(LEVEL_ORDER, langs[i], NULL);

		HASNT(out, "ListNode");
		free(out);
	}
}
END_TEST

START_TEST(valid_group_anagrams)
{
	HAS_ALL(GROUP_ANAGRAMS, "c",
		" * Return an array of arrays of size *returnSize.\n",
		"char*** groupAnagrams(char** strs, int strsSize, int* returnSize, "
		"int** returnColumnSizes) {\n");
	HAS_ALL(GROUP_ANAGRAMS, "cpp",
		"    vector<vector<string>> groupAnagrams(vector<string>& strs) {\n");
	HAS_ALL(GROUP_ANAGRAMS, "python",
		"    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:\n");
	HAS_ALL(GROUP_ANAGRAMS, "java",
		"    public List<List<String>> groupAnagrams(String[] strs) {\n");
	HAS_ALL(GROUP_ANAGRAMS, "javascript",
		" * @param {string[]} strs\n * @return {string[][]}\n */\n"
		"var groupAnagrams = function(strs) {\n");
}
END_TEST

START_TEST(valid_islands)
{
	char *out = gen(ISLANDS, "c", NULL);

	ck_assert_str_eq(out, "int numIslands(char** grid, int gridSize, int* gridColSize) {\n"
			      "    \n}\n");
	free(out);
	HAS_ALL(ISLANDS, "cpp", "    int numIslands(vector<vector<char>>& grid) {\n");
	HAS_ALL(ISLANDS, "python", "    def numIslands(self, grid: List[List[str]]) -> int:\n");
	HAS_ALL(ISLANDS, "java", "    public int numIslands(char[][] grid) {\n");
	HAS_ALL(ISLANDS, "javascript",
		" * @param {character[][]} grid\n * @return {number}\n */\n"
		"var numIslands = function(grid) {\n");
}
END_TEST

START_TEST(valid_remove_duplicates)
{
	HAS_ALL(REMOVE_DUPLICATES, "c", "int removeDuplicates(int* nums, int numsSize) {\n");
	HAS_ALL(REMOVE_DUPLICATES, "cpp", "    int removeDuplicates(vector<int>& nums) {\n");
	HAS_ALL(REMOVE_DUPLICATES, "python",
		"    def removeDuplicates(self, nums: List[int]) -> int:\n        pass\n");
	HAS_ALL(REMOVE_DUPLICATES, "java", "    public int removeDuplicates(int[] nums) {\n");
	HAS_ALL(REMOVE_DUPLICATES, "javascript",
		" * @param {number[]} nums\n * @return {number}\n */\n"
		"var removeDuplicates = function(nums) {\n");
	for (size_t i = 0; i < NLANGS; i++) {
		char *out = gen(REMOVE_DUPLICATES, langs[i], NULL);

		/* It returns a length: not LeetCode's in-place note. */
		HASNT(out, "in-place");
		HASNT(out, "Note:");
		free(out);
	}
}
END_TEST

START_TEST(valid_in_place)
{
	HAS_ALL(ROTATE, "c", "void rotate(int* nums, int numsSize, int k) {\n");
	HAS_ALL(ROTATE, "cpp", "    void rotate(vector<int>& nums, int k) {\n");
	HAS_ALL(ROTATE, "python",
		"    def rotate(self, nums: List[int], k: int) -> None:\n"
		"        \"\"\"\n"
		"        Do not return anything, modify nums in-place instead.\n"
		"        \"\"\"\n"
		"        pass\n");
	HAS_ALL(ROTATE, "java", "    public void rotate(int[] nums, int k) {\n");
	HAS_ALL(ROTATE, "javascript",
		" * @return {void} Do not return anything, modify nums in-place instead.\n"
		" */\nvar rotate = function(nums, k) {\n");
}
END_TEST

START_TEST(valid_lru_cache)
{
	static const char *const want[NLANGS] = {
		"typedef struct {\n"
		"    \n"
		"} LRUCache;\n"
		"\n"
		"\n"
		"LRUCache* lRUCacheCreate(int capacity) {\n"
		"    \n"
		"}\n"
		"\n"
		"int lRUCacheGet(LRUCache* obj, int key) {\n"
		"    \n"
		"}\n"
		"\n"
		"void lRUCachePut(LRUCache* obj, int key, int value) {\n"
		"    \n"
		"}\n"
		"\n"
		"void lRUCacheFree(LRUCache* obj) {\n"
		"    \n"
		"}\n"
		"\n"
		"/**\n"
		" * Your LRUCache struct will be instantiated and called as such:\n"
		" * LRUCache* obj = lRUCacheCreate(capacity);\n"
		" * int param_1 = lRUCacheGet(obj, key);\n"
		" * lRUCachePut(obj, key, value);\n"
		" * lRUCacheFree(obj);\n"
		" */\n",

		"class LRUCache {\n"
		"public:\n"
		"    LRUCache(int capacity) {\n"
		"        \n"
		"    }\n"
		"    \n"
		"    int get(int key) {\n"
		"        \n"
		"    }\n"
		"    \n"
		"    void put(int key, int value) {\n"
		"        \n"
		"    }\n"
		"};\n"
		"\n"
		"/**\n"
		" * Your LRUCache object will be instantiated and called as such:\n"
		" * LRUCache* obj = new LRUCache(capacity);\n"
		" * int param_1 = obj->get(key);\n"
		" * obj->put(key,value);\n"
		" */\n",

		"class LRUCache:\n"
		"\n"
		"    def __init__(self, capacity: int):\n"
		"        pass\n"
		"\n"
		"    def get(self, key: int) -> int:\n"
		"        pass\n"
		"\n"
		"    def put(self, key: int, value: int) -> None:\n"
		"        pass\n"
		"\n"
		"\n"
		"# Your LRUCache object will be instantiated and called as such:\n"
		"# obj = LRUCache(capacity)\n"
		"# param_1 = obj.get(key)\n"
		"# obj.put(key,value)\n",

		"class LRUCache {\n"
		"\n"
		"    public LRUCache(int capacity) {\n"
		"        \n"
		"    }\n"
		"    \n"
		"    public int get(int key) {\n"
		"        \n"
		"    }\n"
		"    \n"
		"    public void put(int key, int value) {\n"
		"        \n"
		"    }\n"
		"}\n"
		"\n"
		"/**\n"
		" * Your LRUCache object will be instantiated and called as such:\n"
		" * LRUCache obj = new LRUCache(capacity);\n"
		" * int param_1 = obj.get(key);\n"
		" * obj.put(key,value);\n"
		" */\n",

		"/**\n"
		" * @param {number} capacity\n"
		" */\n"
		"var LRUCache = function(capacity) {\n"
		"    \n"
		"};\n"
		"\n"
		"/**\n"
		" * @param {number} key\n"
		" * @return {number}\n"
		" */\n"
		"LRUCache.prototype.get = function(key) {\n"
		"    \n"
		"};\n"
		"\n"
		"/**\n"
		" * @param {number} key\n"
		" * @param {number} value\n"
		" * @return {void}\n"
		" */\n"
		"LRUCache.prototype.put = function(key, value) {\n"
		"    \n"
		"};\n"
		"\n"
		"/**\n"
		" * Your LRUCache object will be instantiated and called as such:\n"
		" * var obj = new LRUCache(capacity)\n"
		" * var param_1 = obj.get(key)\n"
		" * obj.put(key,value)\n"
		" */\n",
	};

	for (size_t i = 0; i < NLANGS; i++) {
		char *out = gen(LRU_CACHE, langs[i], NULL);

		ck_assert_str_eq(out, want[i]);
		free(out);
	}
}
END_TEST

/* Without names lines, arg0, arg1...; "param-names" is another spelling. */
START_TEST(valid_design_names)
{
	HAS_ALL(MIN_STACK, "c",
		"MinStack* minStackCreate() {\n",
		"void minStackPush(MinStack* obj, int arg0) {\n",
		"void minStackPop(MinStack* obj) {\n",
		"int minStackGetMin(MinStack* obj) {\n",
		"void minStackFree(MinStack* obj) {\n",
		" * MinStack* obj = minStackCreate();\n"
		" * minStackPush(obj, arg0);\n"
		" * minStackPop(obj);\n"
		" * int param_3 = minStackTop(obj);\n"
		" * int param_4 = minStackGetMin(obj);\n"
		" * minStackFree(obj);\n");
	HAS_ALL(MIN_STACK, "cpp", "    MinStack() {\n", "    void push(int arg0) {\n",
		" * MinStack* obj = new MinStack();\n * obj->push(arg0);\n");
	HAS_ALL(MIN_STACK, "python", "    def __init__(self):\n",
		"    def push(self, arg0: int) -> None:\n", "# obj = MinStack()\n");
	HAS_ALL(MIN_STACK, "java", "    public MinStack() {\n", "    public void push(int arg0) {\n",
		"    public int getMin() {\n");
	HAS_ALL(MIN_STACK, "javascript",
		"var MinStack = function() {\n",
		"/**\n * @param {number} arg0\n * @return {void}\n */\n"
		"MinStack.prototype.push = function(arg0) {\n",
		"/**\n * @return {void}\n */\nMinStack.prototype.pop = function() {\n",
		" * var param_4 = obj.getMin()\n");
	{
		/* No JSDoc for a constructor without parameters. */
		char *out = gen(MIN_STACK, "javascript", NULL);

		STARTS(out, "var MinStack = function() {\n");
		free(out);
	}
	HAS_ALL("design A\nconstructor integer string\nparam-names constructor n s\n"
		"method f void integer\nend\n",
		"c", "A* aCreate(int n, char* s) {\n", "void aF(A* obj, int arg0) {\n");
	/* The names of some methods only; the same name in two methods. */
	HAS_ALL(STORE, "c",
		"Store* storeCreate(int* nums, int numsSize, char* name) {\n",
		"void storeAdd(Store* obj, char* key, double weight) {\n",
		"int* storeTop(Store* obj, int arg0, int* retSize) {\n",
		"bool storeHas(Store* obj, char arg0) {\n",
		"int** storeGrid(Store* obj, int* retSize, int** retColSize) {\n",
		"long long storeSum(Store* obj, long long* arg0, int arg0Size) {\n",
		" * int* param_2 = storeTop(obj, arg0, retSize);\n",
		" * int** param_4 = storeGrid(obj, retSize, retColSize);\n");
	HAS_ALL(STORE, "cpp", "    Store(vector<int>& nums, string name) {\n",
		"    vector<int> top(int arg0) {\n", "    long long sum(vector<long long>& arg0) {\n",
		" * vector<vector<int>> param_4 = obj->grid();\n");
	HAS_ALL(STORE, "python", "    def __init__(self, nums: List[int], name: str):\n",
		"    def add(self, key: str, weight: float) -> None:\n",
		"    def has(self, arg0: str) -> bool:\n", "# obj = Store(nums,name)\n");
	HAS_ALL(STORE, "java", "    public Store(int[] nums, String name) {\n",
		"    public List<Integer> top(int arg0) {\n", "    public boolean has(char arg0) {\n",
		"    public long sum(long[] arg0) {\n");
	HAS_ALL(STORE, "javascript",
		"/**\n * @param {number[]} nums\n * @param {string} name\n */\n"
		"var Store = function(nums, name) {\n",
		" * @param {character} arg0\n * @return {boolean}\n */\n"
		"Store.prototype.has = function(arg0) {\n");
}
END_TEST

/* Java alone tells T[] from list<T>; C passes an array's size after it. */
START_TEST(valid_types)
{
	HAS_ALL(KITCHEN, "c",
		"char** kitchen(long long a, double b, bool c, char d, char* e, char** f, "
		"int fSize, long long** g, int gSize, int* gColSize, int** h, int hSize, "
		"int* hColSize, struct TreeNode** i, int iSize, bool* j, int jSize, double* l, "
		"int lSize, int* returnSize) {\n",
		" * Note: The returned array must be malloced");
	HAS_ALL(KITCHEN, "cpp",
		"    vector<string> kitchen(long long a, double b, bool c, char d, string e, "
		"vector<string>& f, vector<vector<long long>>& g, vector<vector<int>>& h, "
		"vector<TreeNode*>& i, vector<bool>& j, vector<double>& l) {\n");
	HAS_ALL(KITCHEN, "python",
		"    def kitchen(self, a: int, b: float, c: bool, d: str, e: str, f: List[str], "
		"g: List[List[int]], h: List[List[int]], i: List[Optional[TreeNode]], "
		"j: List[bool], l: List[float]) -> List[str]:\n");
	HAS_ALL(KITCHEN, "java",
		"    public List<String> kitchen(long a, double b, boolean c, char d, String e, "
		"String[] f, long[][] g, List<int[]> h, TreeNode[] i, boolean[] j, "
		"List<Double> l) {\n");
	HAS_ALL(KITCHEN, "javascript",
		" * @param {number} a\n * @param {number} b\n * @param {boolean} c\n"
		" * @param {character} d\n * @param {string} e\n * @param {string[]} f\n"
		" * @param {number[][]} g\n * @param {number[][]} h\n * @param {TreeNode[]} i\n"
		" * @param {boolean[]} j\n * @param {number[]} l\n * @return {string[]}\n");
	HAS_ALL("function f\nparam a list<integer>[]\nparam b list<list<character>>\n"
		"returns list<long[]>\nend\n",
		"java", "    public List<long[]> f(List<Integer>[] a, List<List<Character>> b) {\n");
	HAS_ALL(MERGE_K_LISTS, "c",
		"struct ListNode* mergeKLists(struct ListNode** lists, int listsSize) {\n");
	HAS_ALL(MERGE_K_LISTS, "python",
		"    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:\n");
	HAS_ALL(MERGE_K_LISTS, "javascript", " * @param {ListNode[]} lists\n");
	/* Both definitions, the list's first. */
	for (size_t i = 0; i < NLANGS; i++) {
		char *out = gen(SORTED_LIST_TO_BST, langs[i], NULL);
		const char *list = strstr(out, "Definition for singly-linked list.");
		const char *tree = strstr(out, "Definition for a binary tree node.");

		ck_assert_msg(list && tree && list < tree, "%s", out);
		free(out);
	}
}
END_TEST

START_TEST(valid_comment)
{
	for (size_t i = 0; i < NLANGS; i++) {
		char *out = gen(TWO_SUM, langs[i], "Two Sum\n\nUse x */ y /* z.\n");
		bool py = strcmp(langs[i], "python") == 0;

		if (py) {
			STARTS(out, "# Two Sum\n#\n# Use x */ y /* z.\n\nclass Solution:\n");
		} else {
			STARTS(out, "/*\n * Two Sum\n *\n * Use x * / y / * z.\n */\n\n");
			/* The comment's end is the only one before the code. */
			ck_assert_ptr_eq(strstr(out, "*/"), strstr(out, " */\n\n") + 1);
		}
		free(out);
	}
	{
		char *out = gen(TWO_SUM, "python", nasty);

		/* Python obeys "coding:" on the first two lines. */
		HAS(out, "# 1. Nasty coding : bogus-encoding */ int x = 1; /* nested\n");
		HAS(out, "# line two coding =bogus\n# line three ");
		HAS(out, "\n# ctl     tab\there bad ???? good \xc3\xa9 \xe4\xb8\xad\n# */\n");
		HASNT(out, "\r");
		free(out);
	}
	{
		char *out = gen(TWO_SUM, "java", nasty);

		/* No \u escape, however many backslashes come before it. */
		HAS(out, " * line three \\\\u002a/ \\\\uZZZZ \\\\u ok\n");
		HAS(out, " * 1. Nasty coding: bogus-encoding * / int x = 1; / * nested\n");
		free(out);
	}
	{
		char *out = gen(TWO_SUM, "c", nasty);

		HAS(out, " * line three \\u002a/ \\uZZZZ \\\\u ok\n");
		HAS(out, "\n * * /\n * \"\"\" ''' ` ${x} \\\n */\n\n");
		free(out);
	}
}
END_TEST

/* ---- valid: every starter compiles ---- */

/* The repository, for the drivers' preludes. */
static char source_dir[4096];

static void find_source_dir(void)
{
#ifdef JUDGE_SOURCE_DIR
	snprintf(source_dir, sizeof(source_dir), "%s", JUDGE_SOURCE_DIR);
#else
	const char *me = __FILE__, *tail = "tests/unit/check_starter.c";
	size_t n = strlen(me), t = strlen(tail);

	if (n >= t && strcmp(me + n - t, tail) == 0)
		snprintf(source_dir, sizeof(source_dir), "%.*s", (int)(n - t), me);
	if (!source_dir[0])
		snprintf(source_dir, sizeof(source_dir), ".");
#endif
}

static bool have(const char *tool)
{
	char cmd[256];

	snprintf(cmd, sizeof(cmd), "command -v %s >/dev/null 2>&1", tool);
	if (system(cmd) == 0)
		return true;
	printf("check_starter: '%s' is not installed: its starters are not compiled\n", tool);
	return false;
}

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "re");
	char *buf = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);
	char chunk[4096];
	size_t n;

	ck_assert_ptr_nonnull(m);
	if (f) {
		while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
			fwrite(chunk, 1, n, m);
		fclose(f);
	}
	fclose(m);
	return buf;
}

static void write_file(const char *path, const char *prefix, const char *text)
{
	FILE *f = fopen(path, "we");

	ck_assert_msg(f != NULL, "cannot create '%s'", path);
	fputs(prefix, f);
	fputs(text, f);
	ck_assert_int_eq(fclose(f), 0);
}

/*
 * Java: javac may only complain that non-void methods have no return
 * statement, since LeetCode's bodies are empty; any other error is ours.
 */
static void check_javac_log(const char *log, const char *id, const char *src)
{
	const char *p = log;
	size_t errors = 0;

	while ((p = strstr(p, "error:")) != NULL) {
		const char *eol = strchr(p, '\n');

		ck_assert_msg(strncmp(p, "error: missing return statement", 31) == 0,
			      "%s: javac:\n%s\n%s", id, log, src);
		errors++;
		p = eol ? eol : p + 6;
	}
	ck_assert_msg(errors > 0 || strstr(log, "error") == NULL, "%s: javac:\n%s", id, log);
}

/* A formatted string, to free. */
static char *fmt(const char *f, ...) __attribute__((format(printf, 1, 2)));

static char *fmt(const char *f, ...)
{
	va_list ap;
	char *s = NULL;
	int n;

	va_start(ap, f);
	n = vasprintf(&s, f, ap);
	va_end(ap);
	ck_assert_int_ge(n, 0);
	return s;
}

/* The shell command that compiles (or runs) path, the starter src, with
 * its output in log. */
static char *compile_cmd(const char *dir, const struct sig *s, size_t lang, const char *src,
			 const char *log)
{
	char *path, *cmd;

	switch (lang) {
	case 0:
		path = fmt("%s/%s.c", dir, s->id);
		write_file(path, "", src);
		/* As judge builds it: the prelude first; -Wreturn-type for the
		 * empty bodies. */
		cmd = fmt("gcc -std=gnu11 -fsyntax-only -Wall -Werror -Wno-return-type "
			  "-include '%s/judge/harness/c/judge_prelude.h' '%s' >'%s' 2>&1",
			  source_dir, path, log);
		break;
	case 1:
		path = fmt("%s/%s.cpp", dir, s->id);
		write_file(path, "", src);
		cmd = fmt("g++ -std=gnu++20 -fsyntax-only -Wall -Werror -Wno-return-type "
			  "-include '%s/judge/harness/cpp/judge_prelude.hpp' '%s' >'%s' 2>&1",
			  source_dir, path, log);
		break;
	case 2:
		/* Not only compiled: run, with the names the driver defines
		 * first, so that the annotations are evaluated too. */
		path = fmt("%s/%s.py", dir, s->id);
		write_file(path, "", src);
		cmd = fmt("python3 -m py_compile '%s' >'%s' 2>&1 && "
			  "python3 -c 'import sys\nfrom typing import *\n"
			  "class ListNode: pass\nclass TreeNode: pass\n"
			  "exec(compile(open(sys.argv[1], \"rb\").read(), sys.argv[1], \"exec\"))' "
			  "'%s' >>'%s' 2>&1",
			  path, log, path, log);
		break;
	case 3: {
		char *sub = fmt("%s/%s", dir, s->id);

		ck_assert_int_eq(mkdir(sub, 0700), 0);
		path = fmt("%s/%s.java", sub, s->cls);
		/* toolchains.yaml's prefix, on the first line. */
		write_file(path, "import java.util.*; import java.util.function.*; "
			   "import java.util.stream.*; import java.math.*; ", src);
		cmd = fmt("javac -encoding UTF-8 -J-XX:-UsePerfData -d '%s' "
			  "'%s/judge/harness/java/ListNode.java' "
			  "'%s/judge/harness/java/TreeNode.java' '%s' >'%s' 2>&1",
			  sub, source_dir, source_dir, path, log);
		free(sub);
		break;
	}
	default:
		path = fmt("%s/%s.js", dir, s->id);
		write_file(path, "", src);
		cmd = fmt("node --check '%s' >'%s' 2>&1 && node '%s' >>'%s' 2>&1", path, log,
			  path, log);
		break;
	}
	free(path);
	return cmd;
}

static void compile_one(const char *dir, const struct sig *s, size_t lang, const char *src)
{
	char *log = fmt("%s/log", dir);
	char *cmd = compile_cmd(dir, s, lang, src, log);
	int rc = system(cmd);
	char *text = slurp(log);

	ck_assert_int_ne(rc, -1);
	/* javac fails, but only for the return statements: the log tells. */
	if (lang == 3)
		check_javac_log(text, s->id, src);
	else
		ck_assert_msg(rc == 0, "%s in %s does not compile:\n%s\n%s", s->id, langs[lang],
			      text, src);
	free(text);
	free(cmd);
	free(log);
}

static void compile_all(size_t lang, const char *tool)
{
	char dir[] = "/tmp/check_starter.XXXXXX";
	char *prelude, *cmd;

	if (!have(tool))
		return;
	find_source_dir();
	prelude = fmt("%s/judge/harness/c/judge_prelude.h", source_dir);
	if (access(prelude, R_OK) != 0) {
#ifdef JUDGE_SOURCE_DIR
		ck_abort_msg("no '%s'", prelude);
#endif
		printf("check_starter: no '%s': starters are not compiled\n", prelude);
		free(prelude);
		return;
	}
	free(prelude);
	ck_assert_ptr_nonnull(mkdtemp(dir));
	for (size_t i = 0; i < NSIGS; i++) {
		char *src = gen(sigs[i].block, langs[lang], nasty);

		compile_one(dir, &sigs[i], lang, src);
		free(src);
	}
	cmd = fmt("rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

START_TEST(valid_compiles_c) { compile_all(0, "gcc"); }
END_TEST
START_TEST(valid_compiles_cpp) { compile_all(1, "g++"); }
END_TEST
START_TEST(valid_compiles_python) { compile_all(2, "python3"); }
END_TEST
START_TEST(valid_compiles_java) { compile_all(3, "javac"); }
END_TEST
START_TEST(valid_compiles_javascript) { compile_all(4, "node"); }
END_TEST

/* ---- invalid ---- */

START_TEST(invalid_language)
{
	fails(TWO_SUM, "rust", "unknown language 'rust'");
	fails(TWO_SUM, "C", "unknown language 'C'");
	fails(TWO_SUM, "", "unknown language ''");
	fails(TWO_SUM, NULL, "unknown language");
}
END_TEST

START_TEST(invalid_blocks)
{
	static const struct {
		const char *block, *fragment;
	} cases[] = {
		{ "", "empty signature block" },
		{ "\n \n", "empty signature block" },
		{ "hello\n", "line 1: expected 'function NAME' or 'design CLASS'" },
		{ "function\n", "line 1: expected 'function NAME'" },
		{ "function 2sum\nreturns integer\n", "'2sum' is not an identifier" },
		{ "function judge_f\nreturns integer\n", "reserved for the driver" },
		{ "function f\nparam x integer\nend\n", "has no 'returns' line" },
		{ "function f\nparam x bogus\nreturns integer\n", "line 2: unknown type 'bogus'" },
		{ "function f\nparam x void\nreturns integer\n", "cannot be void" },
		{ "function f\nreturns void[]\n", "void has no arrays" },
		{ "function f\nreturns integer[][][][][][][][][]\n", "too many dimensions" },
		{ "function f\nparam x integer\nparam x long\nreturns integer\n",
		  "parameter 'x' twice" },
		{ "function f\nreturns integer\nreturns integer\n", "a second 'returns'" },
		{ "function f\nparam x integer\nreturns integer\noutput y\n",
		  "output 'y' is not a parameter" },
		{ "function f\nparam x integer\nreturns void\noutput x\n", "is a scalar" },
		{ "function f\nparam x integer[]\nreturns integer\nlength-from-return\n",
		  "needs an 'output' line" },
		{ "function f\nparam x integer\nreturns integer\nnames f y\n",
		  "unknown line 'names' in a function" },
		{ "design D\nconstructor integer\nconstructor\n", "a second constructor" },
		{ "design D\nmethod get\n", "expected 'method NAME RETURNTYPE" },
		{ "design D\nmethod D void\n", "(or named after the class)" },
		{ "design D\nmethod f void\nmethod f integer\n", "method 'f' twice" },
		{ "design D\nfrobnicate\n", "unknown line 'frobnicate' in a design" },
		{ "design D\nmethod f void integer\nnames g x\n",
		  "names for 'g', which is not a method declared before it" },
		{ "design D\nnames f x\nmethod f void integer\n",
		  "names for 'f', which is not a method declared before it" },
		{ "design D\nnames constructor\nconstructor integer\n",
		  "line 3: the constructor comes after its names line" },
		{ "design D\nmethod f void integer integer\nnames f x\n",
		  "line 3: 1 names for the 2 parameters of 'f'" },
		{ "design D\nmethod f void integer integer\nnames f x x\n",
		  "parameter 'x' twice" },
		{ "design D\nmethod f void integer\nnames f x\nnames f y\n",
		  "a second names line for 'f'" },
		{ "design D\nmethod f void integer\nnames f 9x\n", "'9x' is not an identifier" },
		{ "design D\nmethod f void integer\nnames f judge_x\n", "reserved for the driver" },
		{ "design D\nnames\n", "expected 'names constructor|METHOD NAME...'" },
	};
	char line[2000];

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		for (size_t k = 0; k < NLANGS; k++)
			fails(cases[i].block, langs[k], cases[i].fragment);
	memset(line, 'a', sizeof(line) - 1);
	line[sizeof(line) - 1] = '\0';
	for (size_t k = 0; k < NLANGS; k++) {
		fails(line, langs[k], "line 1 is too long");
		fails(NULL, langs[k], "empty signature block");
	}
}
END_TEST

/* Names and types one language cannot take, though the others can. */
START_TEST(invalid_for_language)
{
	static const struct {
		const char *block, *lang, *fragment;
	} cases[] = {
		{ "function f\nparam from integer\nreturns integer\n", "python",
		  "parameter 'from' of 'f' is a keyword in Python" },
		{ "function f\nparam self integer\nreturns integer\n", "python",
		  "'f' would have two parameters named 'self' in Python" },
		{ "function f\nparam new integer\nreturns integer\n", "java",
		  "parameter 'new' of 'f' is a keyword in Java" },
		{ "function f\nparam delete integer\nreturns integer\n", "cpp",
		  "parameter 'delete' of 'f' is a keyword in C++" },
		{ "function f\nparam bool integer\nreturns integer\n", "c",
		  "parameter 'bool' of 'f' is a keyword in C" },
		{ "function f\nparam function integer\nreturns integer\n", "javascript",
		  "parameter 'function' of 'f' is a keyword in JavaScript" },
		{ "function delete\nreturns integer\n", "javascript",
		  "'delete' is a keyword in JavaScript" },
		{ "function f\nparam nums integer[]\nparam numsSize integer\nreturns integer\n",
		  "c", "'f' would have two parameters named 'numsSize' in C" },
		{ "function f\nparam returnSize integer\nreturns integer[]\n", "c",
		  "two parameters named 'returnSize'" },
		{ "design D\nmethod f void integer\nnames f obj\n", "c",
		  "two parameters named 'obj'" },
		{ "design D\nmethod free void\n", "c", "two C functions would be named 'dFree'" },
		{ "design D\nmethod create void\n", "c", "two C functions would be named 'dCreate'" },
		{ "design D\nmethod get void\nmethod Get void\n", "c",
		  "two C functions would be named 'dGet'" },
		{ "design D\nmethod delete void\n", "cpp", "method 'delete' is a keyword in C++" },
		{ "design D\nmethod pass void\n", "python", "method 'pass' is a keyword in Python" },
		{ "design D\nconstructor integer\nnames constructor in\n", "python",
		  "parameter 'in' of 'the constructor' is a keyword in Python" },
		{ "function f\nparam g integer[][][]\nreturns integer\n", "c",
		  "C has no convention for 3-dimensional arrays" },
		{ "function f\nparam g ListNode[][]\nreturns integer\n", "c",
		  "C has no convention for 2-D arrays of lists" },
		{ "function f\nreturns TreeNode[][]\n", "c",
		  "C has no convention for 2-D arrays of trees" },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		fails(cases[i].block, cases[i].lang, cases[i].fragment);
	/* What the others accept. */
	free(gen("function f\nparam from integer\nreturns integer\n", "c", NULL));
	free(gen("design D\nmethod free void\n", "cpp", NULL));
	free(gen("design D\nmethod delete void\n", "javascript", NULL));
	free(gen("function f\nparam g integer[][][]\nreturns integer\n", "java", NULL));
}
END_TEST

START_TEST(invalid_write_error)
{
	FILE *f = fopen("/dev/null", "re");
	char err[128];

	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(starter_write(TWO_SUM, "c", "x", f, err, sizeof(err)), -1);
	ck_assert_str_eq(err, "cannot write the starter");
	fclose(f);
	/* No room for a message: still -1, and err untouched. */
	ck_assert_int_eq(starter_write(TWO_SUM, "rust", NULL, stdout, err, 0), -1);
	ck_assert_str_eq(err, "cannot write the starter");
}
END_TEST

static Suite *starter_suite(void)
{
	Suite *s = suite_create("starter");
	TCase *valid = tcase_create("valid");
	TCase *compiles = tcase_create("valid_compiles");
	TCase *invalid = tcase_create("invalid");

	tcase_add_test(valid, valid_two_sum);
	tcase_add_test(valid, valid_reverse_list);
	tcase_add_test(valid, valid_level_order);
	tcase_add_test(valid, valid_group_anagrams);
	tcase_add_test(valid, valid_islands);
	tcase_add_test(valid, valid_remove_duplicates);
	tcase_add_test(valid, valid_in_place);
	tcase_add_test(valid, valid_lru_cache);
	tcase_add_test(valid, valid_design_names);
	tcase_add_test(valid, valid_types);
	tcase_add_test(valid, valid_comment);
	/* Compilers, one per language: minutes on a slow machine. */
	tcase_add_test(compiles, valid_compiles_c);
	tcase_add_test(compiles, valid_compiles_cpp);
	tcase_add_test(compiles, valid_compiles_python);
	tcase_add_test(compiles, valid_compiles_java);
	tcase_add_test(compiles, valid_compiles_javascript);
	tcase_set_timeout(compiles, 600);
	tcase_add_test(invalid, invalid_language);
	tcase_add_test(invalid, invalid_blocks);
	tcase_add_test(invalid, invalid_for_language);
	tcase_add_test(invalid, invalid_write_error);
	suite_add_tcase(s, valid);
	suite_add_tcase(s, compiles);
	suite_add_tcase(s, invalid);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(starter_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
