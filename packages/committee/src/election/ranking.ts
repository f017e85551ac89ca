// The seat allocation is core's, shared with the assembly's election items (CC 278 ¶1 (三)).
export { candidateResults, closeVotes, fillSeats } from '@jiayuan/core';
