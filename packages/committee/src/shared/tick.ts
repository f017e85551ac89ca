import { bilingual } from '@jiayuan/core';

/**
 * The clock tick every committee machine takes from the host's scheduler (role `system`): the
 * one definition of `TICK`, spread into each machine's catalog. A tick moves the process clock
 * and marks overdue deadlines missed; a state whose deadline has passed moves on by it.
 */
export const TICK_DEFINITION = {
  roles: ['system'],
  title: bilingual('时间推进', 'Clock tick'),
  description: bilingual(
    '系统时钟推进流程时间，标记逾期',
    'The clock moves; overdue deadlines are marked',
  ),
  actions: ['clock'],
} as const;
