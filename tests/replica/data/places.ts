/**
 * Cities, provinces and districts the replica generates listings in. Ids, parents, slugs and
 * Persian names come from divar's place table, scripts/data/places.amirfabo.json (places.test.ts
 * checks them); a subset of districts was picked per city. City centres are approximate and only
 * used to scatter synthetic coordinates.
 */

/** A Divar city the corpus covers. */
export interface CityInfo {
  id: number;
  slug: string;
  name: string;
  provinceId: number;
  center: readonly [lat: number, lon: number];
}

/** A Divar province (same place-id space as cities and districts). */
export interface ProvinceInfo {
  id: number;
  slug: string;
  name: string;
}

/** A district (neighbourhood) with its place id and URL slugs. */
export interface DistrictInfo {
  id: number;
  cityId: number;
  slug: string;
  secondSlug?: string;
  name: string;
}

/** The five cities the corpus is generated for. */
export const CITIES: readonly CityInfo[] = [
  { id: 1, slug: 'tehran', name: 'تهران', provinceId: 904, center: [35.7, 51.39] },
  { id: 2, slug: 'karaj', name: 'کرج', provinceId: 895, center: [35.83, 50.97] },
  { id: 3, slug: 'mashhad', name: 'مشهد', provinceId: 880, center: [36.3, 59.6] },
  { id: 4, slug: 'isfahan', name: 'اصفهان', provinceId: 890, center: [32.65, 51.67] },
  { id: 6, slug: 'shiraz', name: 'شیراز', provinceId: 898, center: [29.61, 52.53] },
];

/** Provinces of those cities; "iran" (715) stands for the whole country. */
export const PROVINCES: readonly ProvinceInfo[] = [
  { id: 904, slug: 'tehran-province', name: 'تهران' },
  { id: 895, slug: 'alborz-province', name: 'البرز' },
  { id: 880, slug: 'khorasan-razavi-province', name: 'خراسان رضوی' },
  { id: 890, slug: 'isfahan-province', name: 'اصفهان' },
  { id: 898, slug: 'fars-province', name: 'فارس' },
  { id: 715, slug: 'iran', name: 'کل ایران' },
];

/** Districts per city (Tehran 40, the others 18 each). */
export const DISTRICTS: readonly DistrictInfo[] = [
  { id: 40, cityId: 1, slug: 'ajoodanieh', secondSlug: 'ajudaniye', name: 'آجودانیه' },
  { id: 47, cityId: 1, slug: 'darabad', secondSlug: 'dar-abad', name: 'دار‌آباد' },
  { id: 57, cityId: 1, slug: 'evin', name: 'اوین' },
  { id: 61, cityId: 1, slug: 'tajrish', name: 'تجریش' },
  { id: 71, cityId: 1, slug: 'darrous', name: 'دروس' },
  { id: 75, cityId: 1, slug: 'saadat-abad', name: 'سعادت‌آباد' },
  { id: 82, cityId: 1, slug: 'poonak', secondSlug: 'punak', name: 'پونک' },
  { id: 88, cityId: 1, slug: 'gisha', name: 'گیشا' },
  { id: 90, cityId: 1, slug: 'yousef-abad', name: 'یوسف‌آباد' },
  {
    id: 95,
    cityId: 1,
    slug: 'seyed-khandan',
    secondSlug: 'seyyed-khandan',
    name: 'مهران (سیدخندان)',
  },
  { id: 99, cityId: 1, slug: 'hassan-abad', secondSlug: 'hasan-abad', name: 'حسن‌آباد' },
  {
    id: 108,
    cityId: 1,
    slug: 'west-tehranpars',
    secondSlug: 'west-tehran-pars',
    name: 'تهرانپارس غربی',
  },
  {
    id: 109,
    cityId: 1,
    slug: 'east-tehranpars',
    secondSlug: 'east-tehran-pars',
    name: 'تهرانپارس شرقی',
  },
  { id: 143, cityId: 1, slug: 'almahdi', name: 'المهدی' },
  { id: 173, cityId: 1, slug: 'aboozar', secondSlug: 'abazar', name: 'اباذر' },
  { id: 196, cityId: 1, slug: 'jey', name: 'جی' },
  { id: 198, cityId: 1, slug: 'azari', name: 'آذری' },
  { id: 201, cityId: 1, slug: 'tehranvila', secondSlug: 'tehran-villa', name: 'تهران‌ویلا' },
  { id: 202, cityId: 1, slug: 'sharara', secondSlug: 'shahrara', name: 'شهرآرا' },
  { id: 204, cityId: 1, slug: 'jamalzadeh', name: 'جمال‌زاده' },
  {
    id: 208,
    cityId: 1,
    slug: 'bolvar-e-keshavarz',
    secondSlug: 'keshavarz-boulevard',
    name: 'بلوار کشاورز',
  },
  { id: 254, cityId: 1, slug: 'bahman-yar', secondSlug: 'bahmanyar', name: 'بهمن یار' },
  { id: 255, cityId: 1, slug: 'khani-abad', name: 'خانی‌آباد' },
  { id: 273, cityId: 1, slug: 'ahang', name: 'آهنگ' },
  { id: 291, cityId: 1, slug: 'farah-abad', secondSlug: 'aemmeh-ye-athaar', name: 'ائمه اطهار' },
  { id: 300, cityId: 1, slug: 'abbas-abad', name: 'عباس‌آباد' },
  { id: 399, cityId: 1, slug: 'narmak', name: 'نارمک' },
  { id: 654, cityId: 1, slug: 'azarbaijan', secondSlug: 'azerbaijan', name: 'آذربایجان' },
  { id: 907, cityId: 1, slug: 'abshar-tehran', name: 'آبشار تهران (دریاچه)' },
  { id: 920, cityId: 1, slug: 'bagh-feyz', name: 'باغ فیض' },
  { id: 929, cityId: 1, slug: 'darya', name: 'دریا' },
  { id: 947, cityId: 1, slug: 'javadiyeh-tehran-pars', name: 'جوادیه تهرانپارس' },
  { id: 992, cityId: 1, slug: 'abshar', name: 'آبشار' },
  { id: 1023, cityId: 1, slug: 'shahid-borujerdi', name: 'بروجردی' },
  { id: 1024, cityId: 1, slug: 'heravi', name: 'هروی' },
  { id: 4132, cityId: 1, slug: 'emam-zade-abdollah', name: 'امام زاده عبدالله' },
  { id: 4172, cityId: 1, slug: 'arazi-abbas-abad', name: 'اراضی عباس آباد' },
  { id: 4177, cityId: 1, slug: 'tehransar-gharbi', name: 'تهرانسر غربی' },
  { id: 4182, cityId: 1, slug: 'afsariye-jonubi', name: 'افسریه جنوبی' },
  { id: 4186, cityId: 1, slug: 'park-shahr', name: 'پارک شهر' },
  { id: 573, cityId: 2, slug: 'baghestan', name: 'باغستان' },
  { id: 582, cityId: 2, slug: 'kianmehr', name: 'کیانمهر' },
  { id: 584, cityId: 2, slug: 'shahriar-karaj', name: 'شهریار' },
  { id: 590, cityId: 2, slug: 'banafsheh', name: 'شهرک بنفشه' },
  { id: 597, cityId: 2, slug: 'sassani', secondSlug: 'sasani', name: 'ساسانی (قلمستان)' },
  { id: 1040, cityId: 2, slug: 'abrisham', name: 'شهرک ابریشم' },
  { id: 1097, cityId: 2, slug: 'mehrshahr-5', name: 'فاز ۵ مهرشهر' },
  { id: 4351, cityId: 2, slug: 'hoseynabad-akbarabad', name: 'حسین آباد (اکبر آباد)' },
  { id: 4352, cityId: 2, slug: 'shahrak-keyvanie-meraj', name: 'شهرک کیوانیه(معراج)' },
  { id: 4393, cityId: 2, slug: 'mantaghe-vizhe-eghtesadi-payam', name: 'منطقه ویژه اقتصادی پیام' },
  { id: 4399, cityId: 2, slug: 'standard', name: 'استاندارد' },
  { id: 4406, cityId: 2, slug: 'kuy-baasat', name: 'کوی بعثت' },
  { id: 4416, cityId: 2, slug: 'terminal-kalanteri', name: 'ترمینال کلانتری' },
  { id: 4425, cityId: 2, slug: 'daneshgah-azad-karaj', name: 'دانشگاه آزاد' },
  { id: 4429, cityId: 2, slug: 'shahrak-darya-karaj', name: 'شهرک دریا' },
  { id: 4437, cityId: 2, slug: 'atashgah-karaj', name: 'آتشگاه' },
  { id: 4446, cityId: 2, slug: 'mohammadabad-karaj', name: 'محمد آباد' },
  { id: 4561, cityId: 2, slug: 'shahrak-sadaf-karaj', name: 'شهرک صدف' },
  { id: 442, cityId: 3, slug: 'rahnamaei', name: 'راهنمایی' },
  { id: 443, cityId: 3, slug: 'kolahdouz', name: 'کلاهدوز' },
  { id: 449, cityId: 3, slug: 'southmotahhari', secondSlug: 'south-motahari', name: 'سعد آباد' },
  { id: 458, cityId: 3, slug: 'beheshti-mashhad', secondSlug: 'beheshti', name: 'بهشت' },
  { id: 465, cityId: 3, slug: 'abdolmotalleb', secondSlug: 'abdol-motalleb', name: 'رستگار' },
  { id: 466, cityId: 3, slug: 'golbahar', name: 'گلبهار' },
  { id: 493, cityId: 3, slug: 'ghoochan', secondSlug: 'quchan', name: 'قوچان' },
  {
    id: 1124,
    cityId: 3,
    slug: 'ferdowsi-university-of-mashhad',
    secondSlug: 'ferdowsi-university-of',
    name: 'دانشگاه فردوسی',
  },
  { id: 1145, cityId: 3, slug: 'sepad', name: 'خین عرب' },
  { id: 1176, cityId: 3, slug: 'abkuh', name: 'آبکوه' },
  {
    id: 1189,
    cityId: 3,
    slug: 'shahid-avini-mashhad',
    secondSlug: 'shahid-avini',
    name: 'شهید آوینی',
  },
  { id: 1208, cityId: 3, slug: 'eidgah', name: 'عیدگاه' },
  { id: 1220, cityId: 3, slug: 'chahnou', name: 'چهنو' },
  { id: 1221, cityId: 3, slug: 'shiroudi', name: 'شیرودی' },
  { id: 3019, cityId: 3, slug: 'anbarnaft', name: 'انبارنفت' },
  { id: 3031, cityId: 3, slug: 'shahrabaad', name: 'شهر‌آباد' },
  { id: 3098, cityId: 3, slug: 'terminal-mashhad', name: 'ترمینال' },
  { id: 3375, cityId: 3, slug: 'esmaeilabad', name: 'اسماعیل آباد' },
  { id: 1442, cityId: 4, slug: 'shahrak-milad', name: 'شهرک میلاد' },
  { id: 1443, cityId: 4, slug: 'shahrak-kaveh', name: 'شهرک کاوه' },
  { id: 1444, cityId: 4, slug: 'barazandeh', name: 'برازنده' },
  { id: 1446, cityId: 4, slug: 'sheikh-eshraq', secondSlug: 'eshragh', name: 'شیخ اشراق' },
  { id: 1451, cityId: 4, slug: 'shahed-esfahan', secondSlug: 'baghoush-khaneh', name: 'شاهد' },
  { id: 1455, cityId: 4, slug: 'juybareh', secondSlug: 'joubareh', name: 'جویباره' },
  { id: 1467, cityId: 4, slug: 'mohammad-taher', name: 'شاه پسند' },
  { id: 1485, cityId: 4, slug: 'nourbaran', name: 'باغ گلها' },
  { id: 1490, cityId: 4, slug: 'elyderan', name: 'الیادران' },
  { id: 1510, cityId: 4, slug: 'khiadan', name: 'خیادان' },
  { id: 1514, cityId: 4, slug: 'pinart', name: 'پینارت' },
  {
    id: 1590,
    cityId: 4,
    slug: 'boostan-ayene-khane',
    secondSlug: 'aineh-khaneh',
    name: 'بوستان آینه خانه',
  },
  { id: 1593, cityId: 4, slug: 'abshar-isfahan', secondSlug: 'abshar', name: 'آبشار' },
  { id: 1605, cityId: 4, slug: 'rahim-abad', name: 'رحیم‌آباد' },
  { id: 1606, cityId: 4, slug: 'bagh-fadak', name: 'باغ فدک' },
  { id: 1609, cityId: 4, slug: 'dolat-abad-isfahan', secondSlug: 'dolat-abad', name: 'دولت‌آباد' },
  { id: 2387, cityId: 4, slug: 'alahiyeh', name: 'الهیه' },
  { id: 2425, cityId: 4, slug: 'ziyar', name: 'زیار' },
  { id: 502, cityId: 6, slug: 'golestan', secondSlug: 'shahrak-golestaan', name: 'شهرک گلستان' },
  { id: 517, cityId: 6, slug: 'seraj', name: 'شهرک سراج' },
  { id: 521, cityId: 6, slug: 'amirkabirblvd', secondSlug: 'amir-kabir', name: 'شهرک امیر کبیر' },
  { id: 535, cityId: 6, slug: 'afifabad', secondSlug: 'afif-abad', name: 'عفیف‌آباد' },
  { id: 1256, cityId: 6, slug: 'kuy-valiasr', name: 'زرهی' },
  { id: 1264, cityId: 6, slug: 'goldasht-moaliabad', name: 'گلدشت معالی‌آباد' },
  { id: 1315, cityId: 6, slug: 'shahrak-valiasr', name: 'شهرک ولیعصر' },
  { id: 1347, cityId: 6, slug: 'maqar', name: 'کوزه گری' },
  { id: 1368, cityId: 6, slug: 'shah-square', name: 'میدان شاه' },
  { id: 1372, cityId: 6, slug: 'dozak', name: 'محله سر دزک' },
  { id: 1404, cityId: 6, slug: 'abjavar', name: 'آب جوار' },
  { id: 1406, cityId: 6, slug: 'dasht-chenaran', name: 'دشت چنار' },
  { id: 2797, cityId: 6, slug: 'ghalishuyi', name: 'قالیشویی' },
  { id: 2848, cityId: 6, slug: 'soltan-abad-shiraz', name: 'سلطان آباد' },
  { id: 4577, cityId: 6, slug: 'babakoohi', name: 'باباکوهی' },
  { id: 4578, cityId: 6, slug: 'houme-shiraz', name: 'حومه شیراز' },
  { id: 4592, cityId: 6, slug: 'bimarestan-ghadir', name: 'بیمارستان غدیر' },
  { id: 4596, cityId: 6, slug: 'talkh-dash', name: 'تلخ داش' },
];
