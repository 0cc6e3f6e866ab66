// A publishing target as the site configuration describes it. Hand-written to match
// schema/publish-target.schema.json; test/publish/target-schema.test.ts holds the two together.

export interface DirectoryMethod {
  type: 'directory';
  /** Absolute; receives releases/ and the `current` link the web server shows. */
  path: string;
}

export interface RsyncMethod {
  type: 'rsync';
  host: string;
  /** 22 when absent. */
  port?: number;
  user: string;
  /** Absolute path on the server; receives releases/ and `current`. */
  path: string;
  /** The server's public host key ("ssh-ed25519 AAAA…"): the only key ssh will accept. */
  hostKey: string;
}

export type PublishMethod = DirectoryMethod | RsyncMethod;

export interface AccessibilityContact {
  email?: string;
  url?: string;
}

export interface PublishTarget {
  id: string;
  name: string;
  /** https, ending in "/". */
  baseUrl: string;
  method: PublishMethod;
  accessibilityContact: AccessibilityContact;
}
