/**
 * @param {number[]} coins
 * @param {number} amount
 * @return {number}
 */
var coinChange = function(coins, amount) {
    // Breadth-first search over the amounts still to pay.
    if (amount === 0) return 0;
    const seen = new Uint8Array(amount + 1);
    let level = [amount];
    seen[amount] = 1;
    for (let steps = 1; level.length > 0; steps++) {
        const next = [];
        for (const left of level) {
            for (const c of coins) {
                if (c > left) continue;
                const rest = left - c;
                if (rest === 0) return steps;
                if (!seen[rest]) {
                    seen[rest] = 1;
                    next.push(rest);
                }
            }
        }
        level = next;
    }
    return -1;
};
