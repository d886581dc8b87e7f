/**
 * H5: a page module that imports this becomes an async module that settles one task later, so the page is
 * drawn in a task of its own.
 *
 * Why: a route's code arrives in several chunks, and webpack evaluates all of its modules in the task that
 * delivers the last one. Taro's router mounts the page as soon as that import settles, in the same task. On
 * a cold certificate screen that was one 30–50 ms task (module evaluation, then the first render): long
 * enough to hold a tap, and on a slow phone several times longer. Webpack evaluates every other import of
 * the page before it waits here, so the split falls between evaluating the route and rendering it.
 */
import { nextTask } from './nextTask'

await nextTask()
