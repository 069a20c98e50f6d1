class MinStack {
    vector<int> vals;
    vector<int> mins;  // a value is pushed here when it is <= the current minimum

public:
    MinStack() {}

    void push(int val) {
        vals.push_back(val);
        if (mins.empty() || val <= mins.back()) mins.push_back(val);
    }

    void pop() {
        if (vals.back() == mins.back()) mins.pop_back();
        vals.pop_back();
    }

    int top() {
        return vals.back();
    }

    int getMin() {
        return mins.back();
    }
};

/**
 * Your MinStack object will be instantiated and called as such:
 * MinStack* obj = new MinStack();
 * obj->push(val);
 * obj->pop();
 * int param_3 = obj->top();
 * int param_4 = obj->getMin();
 */
