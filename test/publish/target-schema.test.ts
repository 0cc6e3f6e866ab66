// schema/publish-target.schema.json and the PublishTarget interface say the same thing, and the
// schema keeps out what would publish somewhere unintended or without a pinned server key.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ajv2020Module from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { AccessibilityContact, DirectoryMethod, PublishTarget, RsyncMethod } from '../../scripts/publish/target.ts';

const Ajv2020 = ajv2020Module.default;
const REPOSITORY = join(import.meta.dirname, '../..');
const schema = JSON.parse(readFileSync(join(REPOSITORY, 'schema/publish-target.schema.json'), 'utf8')) as {
  properties: Record<string, unknown>;
  $defs: Record<string, { properties: Record<string, unknown> }>;
};
// Strict, as scripts/validate/schema.ts compiles every schema in schema/.
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

// Every key filled in (Required<>): the interfaces' keys are then exactly these objects' keys.
const rsync: Required<RsyncMethod> = {
  type: 'rsync',
  host: 'webb.degerfors.se',
  port: 22,
  user: 'publicering',
  path: '/var/www/samverkan',
  hostKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl',
};
const directory: Required<DirectoryMethod> = { type: 'directory', path: '/srv/samverkan' };
const contact: Required<AccessibilityContact> = { email: 'tillganglighet@degerfors.se', url: 'https://www.degerfors.se/tillganglighet' };
const target: Required<PublishTarget> = {
  id: 'kommun',
  name: 'Degerfors kommuns webbplats',
  baseUrl: 'https://www.degerfors.se/samverkan/',
  method: rsync,
  accessibilityContact: contact,
};

const with_ = (changes: Record<string, unknown>) => ({ ...target, ...changes });
const withMethod = (changes: Record<string, unknown>) => ({ ...target, method: { ...rsync, ...changes } });
const sorted = (keys: string[]) => [...keys].sort();

describe('schema/publish-target.schema.json', () => {
  it('has the keys of the PublishTarget interface', () => {
    expect(sorted(Object.keys(schema.properties))).toEqual(sorted(Object.keys(target)));
    expect(sorted(Object.keys(schema.$defs.rsync!.properties))).toEqual(sorted(Object.keys(rsync)));
    expect(sorted(Object.keys(schema.$defs.directory!.properties))).toEqual(sorted(Object.keys(directory)));
    expect(sorted(Object.keys((schema.properties.accessibilityContact as { properties: object }).properties))).toEqual(sorted(Object.keys(contact)));
  });

  it('accepts an rsync target, a directory target, and the shortest contact', () => {
    expect(validate(target), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(with_({ method: directory }))).toBe(true);
    const { port: _port, ...withoutPort } = rsync;
    expect(validate(with_({ method: withoutPort, accessibilityContact: { url: contact.url } }))).toBe(true);
    expect(validate(with_({ accessibilityContact: { email: contact.email } }))).toBe(true);
  });

  it.each([
    ['an id with capitals', with_({ id: 'Kommun' })],
    ['plain http', with_({ baseUrl: 'http://www.degerfors.se/samverkan/' })],
    ['a base URL without its last slash', with_({ baseUrl: 'https://www.degerfors.se/samverkan' })],
    ['no accessibility contact', (({ accessibilityContact: _a, ...rest }) => rest)(target)],
    ['an empty accessibility contact', with_({ accessibilityContact: {} })],
    ['an accessibility e-mail that is not one', with_({ accessibilityContact: { email: 'degerfors.se' } })],
    ['an unknown key', with_({ password: 'hemligt' })],
    ['an unknown method', with_({ method: { type: 'ftp', path: '/srv' } })],
    ['a relative path', with_({ method: { type: 'directory', path: 'dist/site' } })],
    ['a path with ..', withMethod({ path: '/var/www/../etc' })],
    ['a path with a space', withMethod({ path: '/var/www/min sajt' })],
    ['no host key', (({ hostKey: _h, ...rest }) => ({ ...target, method: rest }))(rsync)],
    ['a host key that is not a key line', withMethod({ hostKey: 'SHA256:z501bqk5gE4emwuIjlZBTNQYX' })],
    ['a host with a user in it', withMethod({ host: 'root@webb.degerfors.se' })],
    ['a port out of range', withMethod({ port: 70000 })],
    ['a user with a shell character', withMethod({ user: 'publicering;rm' })],
    ['a directory with rsync keys', with_({ method: { ...directory, host: 'webb.degerfors.se' } })],
  ])('rejects %s', (_name, data) => {
    expect(validate(data)).toBe(false);
  });
});
