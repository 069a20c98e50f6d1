/**
 * @param {string[]} strs
 * @return {string[][]}
 */
var groupAnagrams = function(strs) {
    const groups = new Map();
    for (const s of strs) {
        const count = new Array(26).fill(0);
        for (let i = 0; i < s.length; i++) count[s.charCodeAt(i) - 97]++;
        const key = count.join(",");
        let g = groups.get(key);
        if (g === undefined) {
            g = [];
            groups.set(key, g);
        }
        g.push(s);
    }
    return Array.from(groups.values());
};
