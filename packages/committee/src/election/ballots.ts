// The multi-candidate ballot is core's, shared with the assembly's election items.
export { ballotFor, choiceFor, type MultiBallot } from '@jiayuan/core';
