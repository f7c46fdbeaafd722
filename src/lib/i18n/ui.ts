import type { Locale } from './locales.ts';

/** Interface text, one dictionary per language. Every key must exist in every language. */
const zh = {
  'site.name': '渝北区生态环境保护“十四五”规划',
  'site.shortName': '渝北生态环保规划',
  'site.tagline': '2021—2025年规划全文、指标与承诺的开放门户',
  'skip.toMain': '跳到正文',
  'nav.label': '主导航',
  'nav.home': '首页',
  'nav.contents': '规划全文',
  'nav.parts': '规划各章',
  'breadcrumb.label': '当前位置',
  'toc.label': '本章各节',
  'contents.title': '规划全文目录',
  'contents.description': '渝北区生态环境保护“十四五”规划（2021—2025年）全文目录：前言、十章正文与规划范围和时限。',
  'home.description': '渝北区生态环境保护“十四五”规划（2021—2025年）全文，附目录、段落链接、指标表格，供市民、教师与记者查阅。',
  'home.orientation': '本规划由重庆市渝北区人民政府于二〇二二年二月印发，确定了渝北区2021—2025年生态环境保护的目标、任务和重点工程。本站逐章发布规划全文，每一节、每一段都有可引用的链接。',
  'home.readFrom': '从前言开始阅读',
  'home.contentsHeading': '目录',
  'home.facts': '规划要点',
  'part.chapterLabel': '{label}',
  'part.previous': '上一章',
  'part.next': '下一章',
  'part.pagination': '翻页',
  'part.sections': '{count}节',
  'part.description': '渝北区生态环境保护“十四五”规划{label}“{title}”全文。',
  'paragraph.link': '链接到本段 {id}',
  'section.link': '链接到本节：{title}',
  'box.scroll': '{caption}（可横向滚动）',
  'box.subOf': '{name}：',
  'note.mark': '注',
  'note.heading': '注释',
  'note.back': '返回正文',
  'note.editorial': '原文此处的注释符号在文本提取时损坏（显示为替换字符），本站以“注”标出并链接。',
  'closing.title': '规划范围与时限',
  'closing.description': '渝北区生态环境保护“十四五”规划的规划范围、规划基准年、实施期与远景展望年份，以及原文注释。',
  'footer.source': '规划原文：{issuer}，{date}。',
  'footer.about': '本站根据规划原文逐字生成；数据文件注明出处，可供下载和引用。',
  'notFound.title': '找不到该页面',
  'notFound.body': '您访问的页面不存在或已移动。',
  'notFound.back': '返回首页',
  'notFound.contents': '查看规划全文目录',
  'lang.switch': '语言',
} as const;

export type UiKey = keyof typeof zh;

const en: Record<UiKey, string> = {
  'site.name': 'Yubei District Ecological and Environmental Protection Plan, 14th Five-Year Plan period',
  'site.shortName': 'Yubei Eco Plan 2021–2025',
  'site.tagline': 'An open portal to the full plan, its indicators and commitments, 2021–2025',
  'skip.toMain': 'Skip to main content',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.contents': 'Full plan',
  'nav.parts': 'Plan chapters',
  'breadcrumb.label': 'You are here',
  'toc.label': 'Sections in this chapter',
  'contents.title': 'Contents of the plan',
  'contents.description': 'Contents of the Yubei District Ecological and Environmental Protection Plan for the 14th Five-Year Plan period (2021–2025): preface, ten chapters, scope and time frame.',
  'home.description': 'The full Yubei District Ecological and Environmental Protection Plan for the 14th Five-Year Plan period (2021–2025), with contents, paragraph links and indicator tables, for residents, teachers and journalists.',
  'home.orientation': 'The People’s Government of Yubei District, Chongqing, issued this plan in February 2022. It sets the district’s goals, tasks and key projects for ecological and environmental protection from 2021 to 2025. This site publishes the full plan chapter by chapter, with a citable link to every section and paragraph.',
  'home.readFrom': 'Start reading at the preface',
  'home.contentsHeading': 'Contents',
  'home.facts': 'Key facts',
  'part.chapterLabel': 'Chapter {number}',
  'part.previous': 'Previous',
  'part.next': 'Next',
  'part.pagination': 'Page navigation',
  'part.sections': '{count} sections',
  'part.description': 'Full text of {label}, {title}, of the Yubei District Ecological and Environmental Protection Plan for the 14th Five-Year Plan period.',
  'paragraph.link': 'Link to paragraph {id}',
  'section.link': 'Link to section: {title}',
  'box.scroll': '{caption} (scrolls sideways)',
  'box.subOf': '{name}: ',
  'note.mark': 'note',
  'note.heading': 'Notes',
  'note.back': 'Back to the text',
  'note.editorial': 'The note mark at this point of the original was damaged when the text was extracted (it shows as a replacement character); this site marks it “note” and links it.',
  'closing.title': 'Scope and time frame',
  'closing.description': 'Scope, base year, implementation period and outlook year of the Yubei District 14th Five-Year Ecological and Environmental Protection Plan, and the original note.',
  'footer.source': 'Original plan: {issuer}, {date}.',
  'footer.about': 'This site is generated word for word from the original plan; data files cite their sources and can be downloaded and cited.',
  'notFound.title': 'Page not found',
  'notFound.body': 'The page you asked for does not exist or has moved.',
  'notFound.back': 'Go to the home page',
  'notFound.contents': 'See the contents of the plan',
  'lang.switch': 'Language',
};

const UI: Record<Locale, Record<UiKey, string>> = { zh, en };

/** Interface text for a key, with `{name}` placeholders filled. */
export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  return UI[locale][key].replace(/\{(\w+)\}/gu, (_, name: string) => {
    if (!(name in vars)) throw new Error(`ui text ${key} needs {${name}}`);
    return String(vars[name]);
  });
}

export const uiKeys = Object.keys(zh) as UiKey[];
export const uiText = UI;
