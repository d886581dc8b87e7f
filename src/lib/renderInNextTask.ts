/**
 * Mini-program (and tests): nothing to do. The framework requires each page's code when the page opens and
 * the logic thread never holds painting. H5 waits a task here (./renderInNextTask.h5.ts).
 */
export {}
