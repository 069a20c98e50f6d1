/*
 * judge_graph.h: LeetCode's graph node (struct Node, as in "Clone Graph")
 * for the C driver.  main.c includes it after judge_runtime.h, and defines
 * struct Node before the solution, only when the signature uses the type
 * Node: other solutions declare a struct Node of their own.
 *
 * The value is an adjacency list: row i (from 1) lists the neighbours of
 * the node whose val is i; [] is no graph (NULL) and the argument is node
 * 1.  A returned graph is every node reachable from the result, in order
 * of val (ties in breadth-first order), each with its neighbours' vals in
 * its own order, as LeetCode prints it.
 */
#ifndef JUDGE_GRAPH_H
#define JUDGE_GRAPH_H

/* Reads a graph into *out: node 1, or NULL for [] and null. */
static inline int judge_read_graph(struct judge_test *judge_t, struct Node **judge_out)
{
	int **judge_rows = NULL, *judge_lens = NULL;
	size_t judge_n = 0, judge_cap = 0;
	struct Node **judge_nodes;
	const char *judge_start;
	int judge_rc = 0;

	*judge_out = NULL;
	judge_ws(judge_t);
	judge_start = judge_t->judge_p;
	if (judge_word(judge_t, "null"))
		return judge_value_end(judge_t);
	if (judge_expect(judge_t, '[') != 0)
		return -1;
	judge_ws(judge_t);
	if (*judge_t->judge_p == ']') {
		judge_t->judge_p++;
		return judge_value_end(judge_t);
	}
	for (;;) {
		int *judge_v;
		char *judge_h;
		size_t judge_k;

		judge_ws(judge_t);
		if (*judge_t->judge_p != '[') {
			judge_rc = judge_fail(judge_t, "expected a list of neighbours");
			goto judge_done;
		}
		if (judge_scan_levels(judge_t, 0, &judge_v, &judge_h, &judge_k) != 0) {
			judge_rc = -1;
			goto judge_done;
		}
		free(judge_h);
		if (judge_k > (size_t)INT_MAX) {
			free(judge_v);
			judge_rc = judge_fail(judge_t, "too many neighbours");
			goto judge_done;
		}
		if (judge_n == judge_cap) {
			judge_cap = judge_cap ? 2 * judge_cap : 16;
			judge_rows = (int **)judge_xrealloc(judge_rows, judge_cap * sizeof(*judge_rows));
			judge_lens = (int *)judge_xrealloc(judge_lens, judge_cap * sizeof(*judge_lens));
		}
		judge_rows[judge_n] = judge_v;
		judge_lens[judge_n++] = (int)judge_k;
		judge_ws(judge_t);
		if (*judge_t->judge_p == ',') {
			judge_t->judge_p++;
			continue;
		}
		if (*judge_t->judge_p == ']') {
			judge_t->judge_p++;
			break;
		}
		judge_rc = judge_fail(judge_t, "expected ',' or ']'");
		goto judge_done;
	}
	if (judge_n > (size_t)INT_MAX) {
		judge_t->judge_p = judge_start;
		judge_rc = judge_fail(judge_t, "a graph with too many nodes");
		goto judge_done;
	}
	for (size_t judge_i = 0; judge_i < judge_n; judge_i++)
		for (int judge_j = 0; judge_j < judge_lens[judge_i]; judge_j++)
			if (judge_rows[judge_i][judge_j] < 1 ||
			    (size_t)judge_rows[judge_i][judge_j] > judge_n) {
				judge_t->judge_p = judge_start;
				judge_rc = judge_fail(judge_t, "a graph with a neighbour that is "
						      "not a node (1..n)");
				goto judge_done;
			}
	judge_nodes = (struct Node **)judge_xmalloc(judge_n * sizeof(*judge_nodes));
	for (size_t judge_i = 0; judge_i < judge_n; judge_i++) {
		judge_nodes[judge_i] = (struct Node *)judge_xmalloc(sizeof(struct Node));
		judge_nodes[judge_i]->val = (int)judge_i + 1;
		judge_nodes[judge_i]->numNeighbors = judge_lens[judge_i];
		judge_nodes[judge_i]->neighbors = NULL;
		if (judge_lens[judge_i] > 0)
			judge_nodes[judge_i]->neighbors = (struct Node **)judge_xmalloc(
				(size_t)judge_lens[judge_i] * sizeof(struct Node *));
	}
	for (size_t judge_i = 0; judge_i < judge_n; judge_i++)
		for (int judge_j = 0; judge_j < judge_lens[judge_i]; judge_j++)
			judge_nodes[judge_i]->neighbors[judge_j] =
				judge_nodes[judge_rows[judge_i][judge_j] - 1];
	*judge_out = judge_n > 0 ? judge_nodes[0] : NULL;
	free(judge_nodes);
	judge_rc = judge_value_end(judge_t);
judge_done:
	for (size_t judge_i = 0; judge_i < judge_n; judge_i++)
		free(judge_rows[judge_i]);
	free(judge_rows);
	free(judge_lens);
	return judge_rc;
}

struct judge_graph_seen {
	const struct Node *judge_node;
	size_t judge_order;
};

static inline int judge_graph_cmp(const void *judge_a, const void *judge_b)
{
	const struct judge_graph_seen *judge_x = (const struct judge_graph_seen *)judge_a;
	const struct judge_graph_seen *judge_y = (const struct judge_graph_seen *)judge_b;

	if (judge_x->judge_node->val != judge_y->judge_node->val)
		return judge_x->judge_node->val < judge_y->judge_node->val ? -1 : 1;
	return judge_x->judge_order < judge_y->judge_order ? -1
	       : judge_x->judge_order > judge_y->judge_order;
}

static inline size_t judge_graph_hash(const struct Node *judge_p, size_t judge_mask)
{
	unsigned long long judge_h = (unsigned long long)(uintptr_t)judge_p;

	judge_h ^= judge_h >> 29;
	judge_h *= 0x9e3779b97f4a7c15ULL;
	return (size_t)(judge_h >> 17) & judge_mask;
}

/* Inserts p into the open-addressing set; 1 when it is new. */
static inline int judge_graph_add(const struct Node ***judge_set, size_t *judge_mask,
				  size_t judge_count, const struct Node *judge_p)
{
	size_t judge_i;

	if (2 * (judge_count + 1) > *judge_mask + 1) {
		size_t judge_newmask = 2 * (*judge_mask + 1) - 1;
		const struct Node **judge_new = (const struct Node **)calloc(
			judge_newmask + 1, sizeof(*judge_new));

		if (!judge_new)
			abort();
		for (size_t judge_k = 0; judge_k <= *judge_mask; judge_k++) {
			const struct Node *judge_q = (*judge_set)[judge_k];

			if (!judge_q)
				continue;
			judge_i = judge_graph_hash(judge_q, judge_newmask);
			while (judge_new[judge_i])
				judge_i = (judge_i + 1) & judge_newmask;
			judge_new[judge_i] = judge_q;
		}
		free((void *)*judge_set);
		*judge_set = judge_new;
		*judge_mask = judge_newmask;
	}
	judge_i = judge_graph_hash(judge_p, *judge_mask);
	while ((*judge_set)[judge_i]) {
		if ((*judge_set)[judge_i] == judge_p)
			return 0;
		judge_i = (judge_i + 1) & *judge_mask;
	}
	(*judge_set)[judge_i] = judge_p;
	return 1;
}

static inline int judge_put_graph(struct judge_test *judge_t, const struct Node *judge_root)
{
	struct judge_buf *judge_b = &judge_t->judge_out;
	struct judge_graph_seen *judge_q;
	const struct Node **judge_set;
	size_t judge_mask = 63, judge_n = 0, judge_cap = 64;
	int judge_rc = 0;

	judge_sep(judge_t);
	if (!judge_root) {
		judge_buf_add(judge_b, "[]", 2);
		return 0;
	}
	judge_set = (const struct Node **)calloc(judge_mask + 1, sizeof(*judge_set));
	if (!judge_set)
		abort();
	judge_q = (struct judge_graph_seen *)judge_xmalloc(judge_cap * sizeof(*judge_q));
	judge_graph_add(&judge_set, &judge_mask, 0, judge_root);
	judge_q[judge_n].judge_node = judge_root;
	judge_q[judge_n].judge_order = judge_n;
	judge_n++;
	for (size_t judge_h = 0; judge_h < judge_n; judge_h++) {
		const struct Node *judge_p = judge_q[judge_h].judge_node;

		if (judge_p->numNeighbors < 0) {
			judge_rc = judge_error(judge_t, "a returned node (val %d) has numNeighbors %d",
					       judge_p->val, judge_p->numNeighbors);
			goto judge_out;
		}
		if (judge_p->numNeighbors > 0 && !judge_p->neighbors) {
			judge_rc = judge_error(judge_t, "a returned node (val %d) has numNeighbors %d "
					       "but neighbors is NULL", judge_p->val,
					       judge_p->numNeighbors);
			goto judge_out;
		}
		for (int judge_j = 0; judge_j < judge_p->numNeighbors; judge_j++) {
			const struct Node *judge_c = judge_p->neighbors[judge_j];

			if (!judge_c) {
				judge_rc = judge_error(judge_t, "a returned node (val %d) has a NULL "
						       "neighbour", judge_p->val);
				goto judge_out;
			}
			if (!judge_graph_add(&judge_set, &judge_mask, judge_n, judge_c))
				continue;
			if (judge_n == judge_cap) {
				judge_cap *= 2;
				judge_q = (struct judge_graph_seen *)judge_xrealloc(
					judge_q, judge_cap * sizeof(*judge_q));
			}
			judge_q[judge_n].judge_node = judge_c;
			judge_q[judge_n].judge_order = judge_n;
			judge_n++;
		}
	}
	qsort(judge_q, judge_n, sizeof(*judge_q), judge_graph_cmp);
	judge_buf_addc(judge_b, '[');
	for (size_t judge_i = 0; judge_i < judge_n; judge_i++) {
		const struct Node *judge_p = judge_q[judge_i].judge_node;

		if (judge_i)
			judge_buf_addc(judge_b, ',');
		judge_buf_addc(judge_b, '[');
		for (int judge_j = 0; judge_j < judge_p->numNeighbors; judge_j++) {
			if (judge_j)
				judge_buf_addc(judge_b, ',');
			judge_buf_ll(judge_b, judge_p->neighbors[judge_j]->val);
		}
		judge_buf_addc(judge_b, ']');
	}
	judge_buf_addc(judge_b, ']');
judge_out:
	free(judge_q);
	free((void *)judge_set);
	return judge_rc;
}

#endif
