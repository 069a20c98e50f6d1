class MinStack {
    // Each entry is the value minus the minimum below it, as a long: the
    // difference of two ints may not fit in an int.
    private final Deque<Long> diffs = new ArrayDeque<>();
    private long min;

    public MinStack() {
    }

    public void push(int val) {
        if (diffs.isEmpty()) {
            diffs.push(0L);
            min = val;
        } else {
            diffs.push(val - min);
            if (val < min) min = val;
        }
    }

    public void pop() {
        long d = diffs.pop();
        if (d < 0) min = min - d;
    }

    public int top() {
        long d = diffs.peek();
        return (int) (d < 0 ? min : min + d);
    }

    public int getMin() {
        return (int) min;
    }
}

/**
 * Your MinStack object will be instantiated and called as such:
 * MinStack obj = new MinStack();
 * obj.push(val);
 * obj.pop();
 * int param_3 = obj.top();
 * int param_4 = obj.getMin();
 */
