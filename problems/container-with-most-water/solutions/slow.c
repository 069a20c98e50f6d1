/* Correct but O(n^2): tries every pair; about 3 s for n = 10^5 in C. */
int maxArea(int* height, int heightSize) {
    int best = 0;
    for (int i = 0; i < heightSize; i++)
        for (int j = i + 1; j < heightSize; j++) {
            int h = height[i] < height[j] ? height[i] : height[j];
            if (h * (j - i) > best) best = h * (j - i);
        }
    return best;
}
