/**
 * A study's progress callback: called after each unit of work (a run, or a point of a sweep) with
 * how many are done and how many there are in all, 1 … total, the total the same every call (a
 * Worker's progress bar).
 */
export type Progress = (done: number, total: number) => void;
