/**
 * The nginx and PgBouncer configurations the scale-out tests run, as functions, so that the
 * samples in docs/deploy/ are exactly what the tests prove (a unit test compares them).
 */

export type SiteOptions = {
  /** `listen` of the server block, e.g. `443 ssl` or `127.0.0.1:8080`. */
  listen: string;
  /** The app instances, `host:port`; any instance can serve any request (no sticky sessions). */
  instances: string[];
  /**
   * Tests only: a request header that pins it to one instance (`a`, `b`, … in order), and a
   * response header naming the instance that answered.
   */
  pinning?: { header: string; servedByHeader: string };
};

const letter = (index: number) => String.fromCharCode(97 + index);

export function nginxSiteConfig({ listen, instances, pinning }: SiteOptions): string {
  const upstream = pinning ? "http://$wise_focus_upstream" : "http://wise_focus";
  const lines = [
    "# Every instance runs the same build against the same database; a change made on one",
    "# reaches the live screens of the others through PostgreSQL's LISTEN/NOTIFY.",
    "upstream wise_focus {",
    ...instances.map((address) => `    server ${address};`),
    "    keepalive 32;",
    "}",
  ];
  if (pinning) {
    const variable = `$http_${pinning.header.toLowerCase().replaceAll("-", "_")}`;
    for (const [index, address] of instances.entries()) {
      lines.push(`upstream wise_focus_${letter(index)} {`, `    server ${address};`, "}");
    }
    lines.push(`map ${variable} $wise_focus_upstream {`, "    default wise_focus;");
    for (const index of instances.keys())
      lines.push(`    ${letter(index)} wise_focus_${letter(index)};`);
    lines.push("}");
  }
  lines.push(
    "",
    "server {",
    `    listen ${listen};`,
    "    # Above the app's own limit (4 MB uploads), so that the app answers with its message.",
    "    client_max_body_size 8m;",
    "",
    "    proxy_http_version 1.1;",
    '    proxy_set_header Connection "";',
    "    proxy_set_header Host $http_host;",
    "    # The app trusts X-Forwarded-For only through the number of proxy hops it is told.",
    "    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
    "    proxy_set_header X-Forwarded-Proto $scheme;",
  );
  if (pinning) lines.push(`    add_header ${pinning.servedByHeader} $upstream_addr always;`);
  lines.push(
    "",
    "    # Live screens: Server-Sent Events, passed on as they are written, held open for hours.",
    "    location ~ ^/api/live/sessions/[^/]+/events$ {",
    `        proxy_pass ${upstream};`,
    "        proxy_buffering off;",
    "        proxy_cache off;",
    "        proxy_read_timeout 1h;",
    "    }",
    "",
    "    location / {",
    `        proxy_pass ${upstream};`,
    "    }",
    "}",
    "",
  );
  return lines.join("\n");
}

/** nginx.conf around the site for a throwaway nginx run in the foreground from `workDir`. */
export function nginxTestConfig(workDir: string, site: string): string {
  return [
    "worker_processes 1;",
    `pid ${workDir}/nginx.pid;`,
    "error_log stderr warn;",
    "events { worker_connections 1024; }",
    "http {",
    "    access_log off;",
    `    client_body_temp_path ${workDir}/client_body;`,
    `    proxy_temp_path ${workDir}/proxy;`,
    `    fastcgi_temp_path ${workDir}/fastcgi;`,
    `    uwsgi_temp_path ${workDir}/uwsgi;`,
    `    scgi_temp_path ${workDir}/scgi;`,
    site.replace(/^(?=.)/gm, "    "),
    "}",
    "",
  ].join("\n");
}

export type PoolerOptions = {
  listenPort: number;
  /** The database name clients ask for, and where PostgreSQL itself is. */
  database: string;
  serverHost: string;
  serverPort: number;
  authFile: string;
  /** Tests only: pid file, no Unix socket, an admin user for SHOW STATS. */
  test?: { pidFile: string; adminUser: string };
};

export function pgbouncerConfig(options: PoolerOptions): string {
  const { listenPort, database, serverHost, serverPort, authFile, test } = options;
  return [
    "[databases]",
    `${database} = host=${serverHost} port=${serverPort} dbname=${database}`,
    "",
    "[pgbouncer]",
    "listen_addr = 127.0.0.1",
    `listen_port = ${listenPort}`,
    "auth_type = scram-sha-256",
    `auth_file = ${authFile}`,
    "; A server connection per transaction. The app's DATABASE_URL points here; LISTEN and",
    "; migrations need a session of their own and use DIRECT_DATABASE_URL (PostgreSQL itself).",
    "pool_mode = transaction",
    "; Prisma (@prisma/adapter-pg) sends unnamed prepared statements, which live within one",
    "; transaction: no max_prepared_statements needed (PgBouncer 1.18 in Debian 12 has none).",
    "default_pool_size = 20",
    "max_client_conn = 500",
    "ignore_startup_parameters = extra_float_digits",
    ...(test
      ? [
          "; test run: foreground, no Unix socket",
          `pidfile = ${test.pidFile}`,
          "unix_socket_dir =",
          `admin_users = ${test.adminUser}`,
        ]
      : []),
    "",
  ].join("\n");
}

/** The values of the samples in docs/deploy/ (nginx.conf, pgbouncer.ini). */
export const SAMPLE_SITE: SiteOptions = {
  listen: "80",
  instances: ["127.0.0.1:3001", "127.0.0.1:3002"],
};
export const SAMPLE_POOLER: PoolerOptions = {
  listenPort: 6432,
  database: "wise_focus",
  serverHost: "127.0.0.1",
  serverPort: 5432,
  authFile: "/etc/pgbouncer/userlist.txt",
};
