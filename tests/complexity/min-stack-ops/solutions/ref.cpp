// O(1) per operation: a stack of (value, minimum up to here) pairs
class MinStack {
    vector<pair<int, int>> st;

public:
    MinStack() {}

    void push(int val) {
        int m = st.empty() ? val : min(val, st.back().second);
        st.push_back({val, m});
    }

    void pop() {
        st.pop_back();
    }

    int top() {
        return st.back().first;
    }

    int getMin() {
        return st.back().second;
    }
};
