/**
 * What the release wizard learns from an APK before uploading it: package name, version code and
 * name (and SDK levels) from its binary AndroidManifest.xml, naming every field it could not read.
 */
import { AppError } from '../../errors';
import { BinaryXmlError, readBinaryXml, type XmlAttribute, type XmlElement } from './binary-xml';
import { NotAZipError, readZipEntry, zipEntryNames } from './zip';

/** The fields the wizard needs; a field missing from `unread` was read. */
export const APK_FIELDS = ['packageName', 'versionCode', 'versionName'] as const;

/** One of the fields. */
export type ApkField = (typeof APK_FIELDS)[number];

/** What an APK says about itself. */
export interface ApkInfo {
  packageName?: string;
  versionCode?: number;
  versionName?: string;
  minSdk?: number;
  targetSdk?: number;
  /** Fields that could not be read, each with why (a `@string/…` reference, a stripped name…). */
  unread: { field: ApkField; why: string }[];
}

// android:versionCode, versionName, minSdkVersion, targetSdkVersion (android.R.attr).
const IDS = {
  versionCode: 0x0101021b,
  versionName: 0x0101021c,
  minSdk: 0x0101020c,
  targetSdk: 0x01010270,
};

function attribute(element: XmlElement | undefined, name: string, id?: number) {
  return element?.attributes.find(
    (a) => a.name === name || (id !== undefined && a.resourceId === id),
  );
}

function asNumber(value: XmlAttribute['value']): number | undefined {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) ? number : undefined;
}

function why(value: XmlAttribute['value'] | undefined, missing: string): string {
  if (typeof value === 'object') return `a resource reference (@0x${value.reference.toString(16)})`;
  return value === undefined ? missing : `an unexpected value (${String(value)})`;
}

/** Reads the manifest of `apk`; throws `pishkhan-not-apk` when it is no APK at all. */
export async function readApk(apk: Blob): Promise<ApkInfo> {
  let manifest: Uint8Array | undefined;
  try {
    manifest = await readZipEntry(apk, 'AndroidManifest.xml');
    if (!manifest && (await zipEntryNames(apk)).includes('base/manifest/AndroidManifest.xml'))
      throw new AppError('pishkhan-not-apk', 'an Android App Bundle (.aab); the API takes APKs');
  } catch (error) {
    if (error instanceof NotAZipError)
      throw new AppError('pishkhan-not-apk', `not a zip: ${error.message}`);
    throw error;
  }
  if (!manifest) throw new AppError('pishkhan-not-apk', 'a zip without AndroidManifest.xml');
  let elements: XmlElement[];
  try {
    elements = readBinaryXml(manifest);
  } catch (error) {
    if (!(error instanceof BinaryXmlError)) throw error;
    return { unread: APK_FIELDS.map((field) => ({ field, why: error.message })) };
  }
  const root = elements.find((element) => element.name === 'manifest');
  const sdk = elements.find((element) => element.name === 'uses-sdk');
  const pkg = attribute(root, 'package')?.value;
  const code = attribute(root, 'versionCode', IDS.versionCode)?.value;
  const name = attribute(root, 'versionName', IDS.versionName)?.value;
  const info: ApkInfo = {
    packageName: typeof pkg === 'string' && pkg ? pkg : undefined,
    versionCode: asNumber(code),
    versionName: typeof name === 'string' || typeof name === 'number' ? String(name) : undefined,
    minSdk: asNumber(attribute(sdk, 'minSdkVersion', IDS.minSdk)?.value),
    targetSdk: asNumber(attribute(sdk, 'targetSdkVersion', IDS.targetSdk)?.value),
    unread: [],
  };
  const values = { packageName: pkg, versionCode: code, versionName: name };
  const missing = root ? 'not in the manifest' : 'no <manifest> element';
  for (const field of APK_FIELDS)
    if (info[field] === undefined) info.unread.push({ field, why: why(values[field], missing) });
  return info;
}
