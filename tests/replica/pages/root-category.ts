import { CATEGORIES, type CategoryInfo } from '../data/categories.ts';

interface CategoryNode {
  name: string;
  slug: string;
  icon: Record<string, never>;
  parent: string | null;
  children: CategoryNode[];
}

function nodeOf(category: CategoryInfo): CategoryNode {
  return {
    name: category.name,
    slug: category.slug,
    icon: {},
    parent: category.parent ?? 'ROOT',
    children: CATEGORIES.filter((child) => child.parent === category.slug).map(nodeOf),
  };
}

/** `state.search.rootCat`: the category tree under "ROOT" (the replica's slice of it). */
export function rootCategory(): CategoryNode {
  return {
    name: 'همهٔ آگهی‌ها',
    slug: 'ROOT',
    icon: {},
    parent: null,
    children: CATEGORIES.filter((category) => category.parent === null).map(nodeOf),
  };
}
