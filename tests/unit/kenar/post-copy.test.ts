import { describe, expect, it } from 'vitest';
import { fieldsOfSchema } from '@/lib/kenar/category-fields';
import { copyOfRecord, copyOfUserPost } from '@/lib/kenar/post-copy';

const fields = fieldsOfSchema({
  type: 'object',
  properties: {
    size: { type: 'integer', title: 'متراژ' },
    rooms: { type: 'string', enum: ['1', '2'], enumNames: ['یک', 'دو'] },
    price: { type: 'integer', title: 'قیمت' },
    elevator: { type: 'boolean' },
    amenities: { type: 'array', items: { type: 'string', enum: ['lobby'], enumNames: ['لابی'] } },
    building: { type: 'object', properties: { floor: { type: 'integer' } } },
  },
});

describe('post a copy', () => {
  it('maps a public record into the schema: numbers from {value} and any digits, options by label', () => {
    const copy = copyOfRecord(
      {
        token: 'gAbc1234',
        category: 'apartment-sell',
        city: 'tehran',
        district: 'vanak',
        chat_enabled: true,
        data: {
          title: 'آپارتمان ۸۰ متری',
          description: 'نوساز',
          images: ['https://cdn/1.jpg'],
          price: { mode: 'مقطوع', value: '4500000000' },
          size: '۸۰',
          rooms: 'دو',
          amenities: ['لابی', 'استخر'],
          parking: true,
          prefilled_title: 'x',
        },
      },
      fields,
    );
    expect(copy.input).toMatchObject({
      category: 'apartment-sell',
      city: 'tehran',
      district: 'vanak',
      title: 'آپارتمان ۸۰ متری',
      description: 'نوساز',
      chatEnabled: true,
      values: { price: '4500000000', size: '80', rooms: '2' },
    });
    expect(copy.unmapped).toEqual(['images', 'amenities', 'parking']);
  });

  it('copies one of the user’s posts, nested data included, and lists its photos as not copied', () => {
    const copy = copyOfUserPost(
      {
        general_data: {
          category_slug: 'apartment-sell',
          city: 'tehran',
          title: 'خانه',
          description: 'خوب',
          images: ['p/1.jpg'],
          hide_phone: true,
        },
        category_data: { size: 95, rooms: '1', elevator: true, building: { floor: 3 }, note: 'x' },
      },
      fields,
    );
    expect(copy.input).toMatchObject({
      hidePhone: true,
      chatEnabled: true,
      values: { size: '95', rooms: '1', elevator: true, building: { floor: '3' } },
    });
    expect(copy.unmapped).toEqual(['images', 'note']);
  });
});
