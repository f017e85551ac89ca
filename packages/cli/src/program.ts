import { existsSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { CliError, EXIT_CODES } from './exit-codes.js';
import { resolveLocale } from './i18n.js';

/** Where the command writes: stdout and stderr by default, replaceable in tests. */
export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * Stdout and stderr of this process. When the reader of a pipe goes away (`jiayuan tally … |
 * head -1`), writing stops quietly instead of crashing with EPIPE; the command still ends with
 * its own exit code.
 */
export function processIo(env: NodeJS.ProcessEnv = process.env): Io {
  const closed = { out: false, err: false };
  const writer = (stream: NodeJS.WriteStream, which: 'out' | 'err') => {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') closed[which] = true;
      else throw error;
    });
    return (line: string) => {
      if (!closed[which]) stream.write(`${line}\n`);
    };
  };
  return { out: writer(process.stdout, 'out'), err: writer(process.stderr, 'err'), env };
}

const defaultIo: Io = {
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`${l}\n`),
  env: process.env,
};

const EXIT_HELP = `
Exit codes / 退出码:
  0  done (tally: passed) / 完成（计票：通过）
  1  unexpected error (a bug) / 意外错误
  2  bad usage or bad input: options, files, rows (by line and field), a refused
     spreadsheet, a database file that is not usable / 用法、输入或数据库文件错误
  3  tally: not passed / 计票：未通过
  4  send: the process refused the event / 流程拒绝了该事件
  5  not found (process, machine, database file) / 未找到`;

/**
 * Runs `jiayuan` with `argv` (without `node` and the script) and resolves to the exit code.
 * Never calls `process.exit`.
 */
export async function run(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  let code: number = EXIT_CODES.ok;
  const program = new Command('jiayuan');
  program
    .description(
      'jiayuan (家园): owners’ committee, property-firm and party-coverage procedures / 业主自治流程工具',
    )
    .addOption(
      new Option('--lang <lang>', 'output language / 输出语言').choices(['zh', 'zh-CN', 'en']),
    )
    .addHelpText('after', EXIT_HELP)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .showHelpAfterError();
  const locale = () => resolveLocale(program.opts<{ lang?: string }>().lang, io.env);

  program
    .command('demo')
    .description(
      'a 1,200-unit Shanghai complex end to end: formation, election, party coverage, dismissal, hiring, hand-over / 演示：一个小区的完整流程',
    )
    .option('--seed <n>', 'seed of the generated complex', '1')
    .option('--db <file>', 'SQLite database file to create (default: a new file in the temp dir)')
    .option('--quiet', 'no progress bar / 不显示进度条')
    .action(async (o: { seed: string; db?: string; quiet?: boolean }) => {
      const seed = Number(o.seed);
      if (!/^\d{1,15}$/.test(o.seed))
        throw new CliError(`--seed must be a whole number, got "${o.seed}"`);
      if (o.db !== undefined && existsSync(o.db))
        throw new CliError(`${o.db} already exists; the demo writes a new database`);
      const { runDemo } = await import('./commands/demo.js');
      code = await runDemo({
        seed,
        db: o.db,
        locale: locale(),
        progress: o.quiet !== true && process.stderr.isTTY === true,
        out: io.out,
      });
    });

  const collect = (value: string, previous: string[] = []) => [...previous, value];
  program
    .command('tally')
    .description(
      'count an owners’ vote from spreadsheets (CSV/XLSX, Chinese headers) / 按名册和选票计票',
    )
    .requiredOption(
      '--roll <file>',
      'roll: 房号|房间号, 业主|姓名 (co-owners split by / 、 ；), 面积|建筑面积|登记面积|测绘面积|合同面积, [楼栋, 单元, 状态, 车位号, 车位面积]',
    )
    .requiredOption('--ballots <file>', 'ballots: 选票编号, 房号, 投票人, 意见, 方式, 时间')
    .option('--opens <time>', 'voting opens (Shanghai time; a date alone = 00:00) / 投票开始')
    .option(
      '--closes <time>',
      'voting closes (a date alone = 24:00 of that day); a ballot at or after it is late / 投票截止',
    )
    .option(
      '--settings <file>',
      'vote settings JSON: {"opens", "closes", "matter"?, "parking"?, "channels"?}',
    )
    .option('--provisional', 'count without a voting window: not binding / 临时计票（无约束力）')
    .addOption(
      new Option(
        '--matter <kind>',
        'ordinary (CC 278 ¶2) or special (2/3, 3/4); default ordinary',
      ).choices(['ordinary', 'special']),
    )
    .addOption(
      new Option(
        '--parking <kind>',
        'parking spaces on owners’ rows: registrable exclusive parts, or held by right of use (SPC 2)',
      ).choices(['registrable', 'unregistrable']),
    )
    .option(
      '--columns <KEY=HEADER,…>',
      'roll headers by key: unit, building, entrance, owners, area, register, survey, contract, status, occupancy, parking, parkingArea',
      collect,
    )
    .option(
      '--ballot-columns <KEY=HEADER,…>',
      'ballot headers by key: ballot, unit, castBy, choice, channel, at',
      collect,
    )
    .option('--encoding <name>', 'CSV encoding (default: detected; e.g. utf-8, gb18030)')
    .option(
      '--items <file>',
      'a multi-item ballot: JSON [{"id","title","matter"?,"part"?,"election"?: {"candidates","seats"}}]; answers one column per item, or rows with 议题 and 意见 / 多议题表决票',
    )
    .option(
      '--transfers <file>',
      'with --items: changes of ownership during the window: 房号, 新业主, 记录时间, [原业主, 登记时间]; ballots may add 收到时间 / 产权变更',
    )
    .addHelpText('after', EXIT_HELP)
    .action(
      async (o: {
        roll: string;
        ballots: string;
        matter?: 'ordinary' | 'special';
        opens?: string;
        closes?: string;
        settings?: string;
        provisional?: boolean;
        parking?: 'registrable' | 'unregistrable';
        columns?: string[];
        ballotColumns?: string[];
        encoding?: string;
        items?: string;
        transfers?: string;
      }) => {
        const { runTally } = await import('./commands/tally.js');
        code = await runTally({ ...o, locale: locale(), out: io.out, err: io.err });
      },
    );

  program
    .command('diagram <machine>')
    .description('state diagram of a machine with its citations / 状态图（含法律依据）')
    .addOption(
      new Option('--format <format>', 'mermaid or svg')
        .choices(['mermaid', 'svg'])
        .default('mermaid'),
    )
    .action(async (machine: string, o: { format: 'mermaid' | 'svg' }) => {
      const { runDiagram } = await import('./commands/diagram.js');
      io.out(await runDiagram(machine, o.format, locale()));
    });

  program
    .command('profile [id]')
    .description('a profile as it stood on a day, or its editions / 某日适用的规则配置，或其各版本')
    .option('--on <date>', 'the day, YYYY-MM-DD (Shanghai); without it, the editions are listed')
    .action(async (id: string | undefined, o: { on?: string }) => {
      const { runProfile } = await import('./commands/profile.js');
      for (const line of runProfile(id ?? 'shanghai', o.on, locale())) io.out(line);
    });

  program
    .command('status [processId]')
    .description('processes in a host database, or one in JSON / 查看数据库中的流程')
    .requiredOption('--db <file>', 'SQLite database file')
    .action(async (processId: string | undefined, o: { db: string }) => {
      const { runStatus } = await import('./commands/host.js');
      code = await runStatus(o.db, processId, locale(), io.out);
    });

  program
    .command('due')
    .description('deadlines due soon and overdue / 到期与逾期事项')
    .requiredOption('--db <file>', 'SQLite database file')
    .option(
      '--at <time>',
      'as of (Shanghai time or ISO 8601; a date alone = 00:00); default the latest process time',
    )
    .option('--days <n>', 'window in days', '7')
    .action(async (o: { db: string; at?: string; days: string }) => {
      if (!/^\d{1,5}$/.test(o.days))
        throw new CliError(`--days must be a whole number of days, got "${o.days}"`);
      let at: string | undefined;
      if (o.at !== undefined) {
        const { parseTime } = await import('./input/values.js');
        const parsed = parseTime(o.at, 'start');
        if (!parsed.ok) throw new CliError(`--at: ${parsed.message}`);
        at = parsed.at;
      }
      const { runDue } = await import('./commands/host.js');
      code = await runDue(o.db, at, Number(o.days), locale(), io.out);
    });

  program
    .command('send <processId> <eventJson>')
    .description(
      'send one event to a process as a named local operator / 以指定操作人身份向流程发送一个事件',
    )
    .requiredOption('--db <file>', 'SQLite database file')
    .option(
      '--as-operator <id>',
      'the local operator who sends it (default $JIAYUAN_OPERATOR); its role comes from `jiayuan assign`, never from the JSON',
    )
    .option('--role <role>', 'the role to act in, when the operator holds several that may send it')
    .addHelpText(
      'after',
      `\nThe host fills in the event's sender ("by") from the operator and its role, and its time
("at") from the clock; leave both out of the JSON.

Example:
  jiayuan assign --db jiayuan-demo.db --operator clerk-li --role committee --scope c1 --by street-admin --reason "counting clerk"
  jiayuan send --db jiayuan-demo.db --as-operator clerk-li 'c1/hiring/firm-hiring#1' '{"type":"CLOSE_VOTE"}'`,
    )
    .action(
      async (
        processId: string,
        json: string,
        o: { db: string; asOperator?: string; role?: string },
      ) => {
        const { OPERATOR_ENV, roleOption } = await import('./commands/roles.js');
        // The operator is checked after the database, so a bad file is reported first.
        const id = o.asOperator ?? io.env[OPERATOR_ENV];
        const role = roleOption(o.role);
        const { runSend } = await import('./commands/host.js');
        code = await runSend(
          o.db,
          processId,
          json,
          role === undefined ? { id } : { id, role },
          locale(),
          io.out,
        );
      },
    );

  const roleCommand = (name: 'assign' | 'revoke', description: string) =>
    program
      .command(name)
      .description(description)
      .requiredOption('--db <file>', 'SQLite database file')
      .requiredOption('--operator <id>', 'the operator (principal id)')
      .requiredOption('--role <role>', 'one of the roles, never system')
      .requiredOption(
        '--scope <scope>',
        'a process id, a complex id (every process of the complex) or * (every process)',
      )
      .requiredOption('--by <id>', 'who grants or revokes it')
      .requiredOption('--reason <text>', 'why: the decision or document it rests on')
      .action(
        async (o: {
          db: string;
          operator: string;
          role: string;
          scope: string;
          by: string;
          reason: string;
        }) => {
          const roles = await import('./commands/roles.js');
          const role = roles.roleOption(o.role);
          if (role === undefined) throw new CliError('--role is required');
          const command = { ...o, role };
          code =
            name === 'assign'
              ? await roles.runAssign(command, locale(), io.out)
              : await roles.runRevoke(command, locale(), io.out);
        },
      );
  roleCommand('assign', 'give an operator a role in a scope, with who and why / 授予操作人角色');
  roleCommand('revoke', "end an operator's role in a scope, with who and why / 撤销操作人角色");

  program
    .command('roles')
    .description('the audit trail of role assignments / 角色授予与撤销记录')
    .requiredOption('--db <file>', 'SQLite database file')
    .option('--operator <id>', "only this operator's")
    .action(async (o: { db: string; operator?: string }) => {
      const { runRoles } = await import('./commands/roles.js');
      code = await runRoles(o.db, o.operator, io.out);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage;
    }
    if (error instanceof CliError) {
      io.err(`jiayuan: ${error.message}`);
      return error.exitCode;
    }
    io.err(`jiayuan: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return EXIT_CODES.error;
  }
}
