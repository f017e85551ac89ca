import { RollSchema } from '../schemas/roll.js';
import { crossRecordIssues } from './parse-roll.js';

/**
 * A roll as a machine takes it, in a start input or an event: {@link RollSchema} and what a shape
 * cannot say, as `safeParseRoll` checks it — unique unit and owner ids, owners that exist, a
 * delivered unit with an owner of record, a parking space that says whether it is registrable as
 * an exclusive part (SPC 2). A roll listing a unit twice or an owner it does not have would
 * otherwise count in the electorate of every vote (CC 278 ¶2's persons and areas).
 */
export const RollInputSchema = RollSchema.superRefine((roll, ctx) => {
  for (const issue of crossRecordIssues(roll)) {
    ctx.addIssue({ code: 'custom', message: issue.message, path: [...issue.at] });
  }
});
