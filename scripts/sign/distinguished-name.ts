// Certificate names as people read them ("CN=Anna Andersson, O=Degerfors kommun"), in the
// certificate's own order and with å, ä and ö as they are (Node's X509Certificate escapes them).
import type * as pkijs from 'pkijs';

const SHORT_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.42': 'GN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'title',
  '2.5.4.97': 'organizationIdentifier',
  '1.2.840.113549.1.9.1': 'emailAddress',
};

export function formatName(name: pkijs.RelativeDistinguishedNames): string {
  return name.typesAndValues
    .map((item) => `${SHORT_NAMES[item.type] ?? item.type}=${String(item.value.valueBlock.value ?? '')}`)
    .join(', ');
}

export function commonNameOf(name: pkijs.RelativeDistinguishedNames): string | undefined {
  const cn = name.typesAndValues.find((item) => item.type === '2.5.4.3');
  return cn ? String(cn.value.valueBlock.value) : undefined;
}
