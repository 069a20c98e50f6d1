// judge_graph.hpp: LeetCode's graph node (class Node, as in "Clone
// Graph") for the C++ driver.  main.cpp includes it after
// judge_runtime.hpp, and defines class Node before the solution, only
// when the signature uses the type Node: other solutions declare a Node
// of their own.
//
// The value is an adjacency list: row i (from 1) lists the neighbours of
// the node whose val is i; [] is no graph (nullptr) and the argument is
// node 1.  A returned graph is every node reachable from the result, in
// order of val (ties in breadth-first order), each with its neighbours'
// vals in its own order, as LeetCode prints it.
#ifndef JUDGE_GRAPH_HPP
#define JUDGE_GRAPH_HPP

static inline void judge_parse(judge_test &judge_t, Node *&judge_v)
{
	std::vector<std::vector<int>> judge_rows;

	judge_v = nullptr;
	judge_ws(judge_t);
	const char *judge_start = judge_t.judge_p;
	if (judge_word(judge_t, "null"))
		return;
	judge_expect(judge_t, '[');
	judge_ws(judge_t);
	if (*judge_t.judge_p == ']') {
		judge_t.judge_p++;
		return;
	}
	for (;;) {
		std::vector<int> judge_vals;
		std::vector<char> judge_have;

		judge_ws(judge_t);
		if (*judge_t.judge_p != '[')
			judge_fail(judge_t, "expected a list of neighbours");
		judge_scan_levels(judge_t, false, judge_vals, judge_have);
		judge_rows.push_back(std::move(judge_vals));
		judge_ws(judge_t);
		if (*judge_t.judge_p == ',') {
			judge_t.judge_p++;
		} else if (*judge_t.judge_p == ']') {
			judge_t.judge_p++;
			break;
		} else {
			judge_fail(judge_t, "expected ',' or ']'");
		}
	}
	std::size_t judge_n = judge_rows.size();
	for (const auto &judge_r : judge_rows)
		for (int judge_x : judge_r)
			if (judge_x < 1 || (std::size_t)judge_x > judge_n) {
				judge_t.judge_p = judge_start;
				judge_fail(judge_t, "a graph with a neighbour that is not a node (1..n)");
			}
	std::vector<Node *> judge_nodes(judge_n);
	for (std::size_t judge_i = 0; judge_i < judge_n; judge_i++)
		judge_nodes[judge_i] = new Node((int)judge_i + 1);
	for (std::size_t judge_i = 0; judge_i < judge_n; judge_i++)
		for (int judge_x : judge_rows[judge_i])
			judge_nodes[judge_i]->neighbors.push_back(judge_nodes[(std::size_t)judge_x - 1]);
	judge_v = judge_nodes[0];
}

static inline void judge_put_graph(judge_test &judge_t, const Node *judge_root)
{
	judge_sep(judge_t);
	std::string &judge_o = judge_t.judge_out;
	if (!judge_root) {
		judge_o += "[]";
		return;
	}
	std::vector<const Node *> judge_q{judge_root};
	std::unordered_set<const Node *> judge_seen{judge_root};
	for (std::size_t judge_h = 0; judge_h < judge_q.size(); judge_h++)
		for (const Node *judge_c : judge_q[judge_h]->neighbors) {
			if (!judge_c)
				throw judge_bad_result{"a returned node (val " +
						       std::to_string(judge_q[judge_h]->val) +
						       ") has a null neighbour"};
			if (judge_seen.insert(judge_c).second)
				judge_q.push_back(judge_c);
		}
	std::stable_sort(judge_q.begin(), judge_q.end(),
			 [](const Node *judge_a, const Node *judge_b) { return judge_a->val < judge_b->val; });
	judge_o += '[';
	for (std::size_t judge_i = 0; judge_i < judge_q.size(); judge_i++) {
		if (judge_i)
			judge_o += ',';
		judge_o += '[';
		bool judge_first = true;
		for (const Node *judge_c : judge_q[judge_i]->neighbors) {
			if (!judge_first)
				judge_o += ',';
			judge_first = false;
			judge_add_ll(judge_o, judge_c->val);
		}
		judge_o += ']';
	}
	judge_o += ']';
}

#endif
