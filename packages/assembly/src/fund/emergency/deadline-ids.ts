/** The committee's review of the emergency plan (SH 73 ¶3: 七日内). */
export const EMERGENCY_REVIEW = 'emergency-review';
