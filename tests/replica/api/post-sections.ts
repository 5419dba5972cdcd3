/** The sections of a generated posts-v2 response other than LIST_DATA, shaped like the samples. */
import { createHash } from 'node:crypto';
import type { CorpusListing } from '../corpus/types.ts';
import { categoryChain } from '../data/categories.ts';
import { findCity, findDistrict } from '../data/place-lookup.ts';
import { postSlug } from '../util/slug.ts';
import { actionLog, categoryFormData, icon, openPostListAction } from './widget-parts.ts';

type Widget = Record<string, unknown>;
const T = (name: string) => `type.googleapis.com/widgets.${name}`;

/** BREADCRUMB: ancestors by name, the leaf by its full name. */
export function breadcrumbSection(listing: CorpusListing): Widget[] {
  const chain = categoryChain(listing.category);
  const items = chain.map((category, index) => ({
    title: index === chain.length - 1 ? category.fullName : category.name,
    action: openPostListAction(categoryFormData(category.slug)),
  }));
  return [
    {
      widget_type: 'BREADCRUMB',
      data: {
        '@type': T('BreadcrumbData'),
        parent_items: items,
        current_page_title: listing.title,
        padded: true,
      },
    },
  ];
}

/** DESCRIPTION: "توضیحات" title and the text. */
export function descriptionSection(listing: CorpusListing): Widget[] {
  return [
    {
      widget_type: 'TITLE_ROW',
      data: {
        '@type': T('TitleRowData'),
        text: 'توضیحات',
        text_color: 'TEXT_PRIMARY',
        text_type: 'SECONDARY',
      },
    },
    {
      widget_type: 'DESCRIPTION_ROW',
      data: {
        '@type': T('DescriptionRowData'),
        text: listing.description,
        is_primary: true,
        text_alignment: 'RIGHT',
      },
    },
  ];
}

/** IMAGE: the carousel (with the "عکس‌ها: تزئینی" tooltip for illustrative photos). */
export function imageSection(listing: CorpusListing, categoryName: string): Widget[] {
  const where = `${findCity(listing.cityId)?.name ?? ''}, ${findDistrict(listing.districtId)?.name ?? ''}`;
  const alt = `${listing.title}|${categoryName}|${where}|دیوار`;
  const tooltip = listing.imagesAreIllustrative
    ? {
        show_tooltip: true,
        tooltip_data: { icon: icon('FULLSCREEN', 'WHITE_PRIMARY'), text: 'عکس‌ها: تزئینی' },
      }
    : {};
  return [
    {
      widget_type: 'IMAGE_CAROUSEL',
      data: {
        '@type': T('ImageCarouselData'),
        items: listing.images.map((image) => ({
          image: { url: image.url, alt, thumbnail_url: image.thumbnailUrl },
        })),
        image_aspect_ratio: { dynamic_aspect_ratio: { height: 3, width: 4 } },
        has_preview: true,
        ...tooltip,
      },
    },
  ];
}

/** TAGS: chips for the category and the category in the district. */
export function tagsSection(listing: CorpusListing, categoryName: string): Widget[] {
  const district = findDistrict(listing.districtId)?.name ?? '';
  const chip = (text: string, data: Record<string, unknown>) => ({
    text,
    type: 'ACTION',
    action: openPostListAction(data),
  });
  const chips: Widget[] = [
    chip(categoryName, categoryFormData(listing.category)),
    chip(`${categoryName} در ${district}`, categoryFormData(listing.category, listing.districtId)),
  ];
  if (categoryChain(listing.category)[0]?.slug === 'jobs') {
    const link = `https://divar.ir/s/${findCity(listing.cityId)?.slug ?? 'tehran'}/list/${postSlug(listing.title)}`;
    chips.push({
      text: listing.title,
      type: 'ACTION',
      action: {
        type: 'OPEN_WEB_PAGE',
        payload: { '@type': T('OpenWebPagePayload'), link, page_type: 'SAME_PAGE' },
      },
    });
  }
  return [
    { widget_type: 'WRAPPER_ROW', data: { '@type': T('WrapperRowData'), chip_list: { chips } } },
  ];
}

/** MAP: a fuzzy point near the listing (radius 500 m). */
export function mapSection(listing: CorpusListing): Widget[] {
  const digest = createHash('sha256').update(`map:${listing.token}`).digest();
  const jitter = (byte: number) => ((digest[byte] ?? 128) / 255 - 0.5) * 0.001;
  const encrypted = digest.toString('base64url').slice(0, 40);
  return [
    {
      widget_type: 'MAP_ROW',
      data: {
        '@type': T('MapRowData'),
        location: {
          type: 'FUZZY',
          fuzzy_data: {
            point: { latitude: listing.lat + jitter(0), longitude: listing.lon + jitter(1) },
            radius: 500,
          },
        },
        image_url: `https://mapimage.divarcdn.com/v8/mapimage?encrypted_data=${encrypted}==&is_nearby=true`,
      },
      action_log: actionLog(
        { '@type': 'type.googleapis.com/action_log.MapInfo', post_token: listing.token },
        'MAP',
      ),
    },
  ];
}
