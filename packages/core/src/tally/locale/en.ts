import type { TallyMessages } from './messages.js';

/** English texts of the tally. */
export const en: TallyMessages = {
  issue: {
    malformed: (p) => `malformed ballot: ${p.detail ?? ''}`,
    'unknown-unit': (p) => `ballot ${p.ballotId}: unit "${p.unitId}" is not on the complex's roll`,
    'unit-excluded': (p) =>
      `ballot ${p.ballotId}: unit "${p.unitId}" does not vote on this question (${p.reason})`,
    'not-owner': (p) =>
      `ballot ${p.ballotId}: "${p.castBy}" is not an owner of unit "${p.unitId}" and cannot vote for it`,
    'duplicate-ballot': (p) => `duplicate ballot id ${p.ballotId}`,
    'duplicate-voter': (p) =>
      `ballot ${p.ballotId}: the owner of unit "${p.unitId}" has already voted and revotes are not allowed`,
    'before-open': (p) =>
      `ballot ${p.ballotId}: cast at ${p.at}, before the vote opened at ${p.bound}`,
    'after-close': (p) =>
      `ballot ${p.ballotId}: cast at ${p.at}, after the vote closed at ${p.bound}`,
    'channel-not-allowed': (p) =>
      `ballot ${p.ballotId}: channel "${p.channel}" has not been adopted by the owners' assembly`,
    'electronic-not-city-system': (p) =>
      `ballot ${p.ballotId}: an internet vote goes through the city's e-voting system; this one came through ${p.system === '' ? 'an unnamed system' : `"${p.system}"`}`,
  },
  check: {
    'quorum-headcount': 'owners taking part / all owners',
    'quorum-area': 'area taking part / total exclusive area',
    'approval-headcount': 'owners agreeing / owners taking part',
    'approval-area': 'area agreeing / area taking part',
  },
  majority: { ordinary: 'ordinary matter', special: 'special matter' },
  verdict: {
    passed: 'PASSED',
    failedQuorum: 'FAILED: fewer than 2/3 of owners or of area took part',
    failedApproval: 'FAILED: agreement fell short of the required share of owners or of area',
  },
  heading: (majority) => `Result (${majority}, Civil Code art. 278(2))`,
  electorate: (headcount, area, scope) =>
    `${scope}: ${headcount} owners, ${area} m² of exclusive area`,
  scope: { whole: 'all owners', part: (part) => `owners of the part "${part}"` },
  parking: {
    literal: 'parking: registrable spaces count as exclusive parts (area and headcount)',
    exclude: 'parking: spaces left out by the rules of procedure',
  },
  excluded: (n) => `exclusive parts not voting: ${n}`,
  coOwnerMerge: (sets, persons, merged) =>
    `units sharing a co-owner count as one buyer (rules of procedure, SPC 9): ${sets} owner sets count as ${persons} person${persons === 1 ? '' : 's'}: ${merged} merged`,
  counts: (choice, headcount, area) => `${choice}: ${headcount} owners, ${area} m²`,
  choice: { agree: 'agree', disagree: 'disagree', abstain: 'abstain', spoilt: 'spoilt' },
  line: (check, ratio, bar, passed) =>
    `${check} = ${ratio}, required ${bar}: ${passed ? 'met' : 'NOT met'}`,
  ballots: (received, counted, superseded, rejected) =>
    `${received} ballots received, ${counted} counted, ${superseded} replaced by a revote, ${rejected} refused`,
  revote: {
    'last-wins': 'revotes: the last ballot before close counts',
    'first-only': 'revotes: not allowed, the first ballot counts',
  },
  basis: (date) => `provisions applied, in their text of ${date}:`,
  cited: (citation, version, inForce) =>
    `${inForce ? '' : 'NOT IN FORCE: '}${citation} (${version})`,
};
