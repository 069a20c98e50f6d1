/**
 * @param {string} s
 * @return {number}
 */
var lengthOfLongestSubstring = function(s) {
    const last = new Map();
    let left = 0, best = 0;
    for (let i = 0; i < s.length; i++) {
        const j = last.get(s[i]);
        if (j !== undefined && j >= left) left = j + 1;
        last.set(s[i], i);
        best = Math.max(best, i - left + 1);
    }
    return best;
};
