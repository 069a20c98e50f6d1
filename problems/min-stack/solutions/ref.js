var MinStack = function() {
    this.vals = [];
    this.mins = [];
};

/**
 * @param {number} val
 * @return {void}
 */
MinStack.prototype.push = function(val) {
    this.vals.push(val);
    const n = this.mins.length;
    this.mins.push(n === 0 || val < this.mins[n - 1] ? val : this.mins[n - 1]);
};

/**
 * @return {void}
 */
MinStack.prototype.pop = function() {
    this.vals.pop();
    this.mins.pop();
};

/**
 * @return {number}
 */
MinStack.prototype.top = function() {
    return this.vals[this.vals.length - 1];
};

/**
 * @return {number}
 */
MinStack.prototype.getMin = function() {
    return this.mins[this.mins.length - 1];
};

/**
 * Your MinStack object will be instantiated and called as such:
 * var obj = new MinStack()
 * obj.push(val)
 * obj.pop()
 * var param_3 = obj.top()
 * var param_4 = obj.getMin()
 */
