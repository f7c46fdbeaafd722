/** What each field of the open datasets means, in both languages: the Data page is built from this. */
export interface Dataset {
  id: string;
  /** File formats offered (both by default). */
  formats?: ('csv' | 'json')[];
  title: { zh: string; en: string };
  about: { zh: string; en: string };
  fields: Record<string, { zh: string; en: string }>;
}

const bi = (zh: string, en: string) => ({ zh, en });

export const DATASET_DOCS: Dataset[] = [
  {
    id: 'indicators',
    title: bi('规划指标', 'Plan indicators'),
    about: bi(
      '专栏1（“十三五”指标完成情况）和专栏2（“十四五”指标）中每一项指标的每一个数值，一行一个数值。printed 字段是规划印刷的原样，value 是其中的数字（不是数字时为空）。',
      'Every value of every indicator in Box 1 (13th-period results) and Box 2 (14th-period targets), one record per value. `printed` is the value exactly as the plan prints it; `value` is its number (empty where it is not a number).',
    ),
    fields: {
      indicator_id: bi('指标的稳定标识', 'Stable id of the indicator'),
      source_row: bi('规划表格中的行（链接锚点，如 box-2-r05）', 'Row of the plan’s table (anchor, e.g. box-2-r05)'),
      box: bi('专栏编号：1 或 2', 'Box number: 1 or 2'),
      period: bi('规划时期', 'Plan period'),
      number: bi('专栏1中印刷的序号（专栏2无序号）', 'Row number printed in Box 1 (Box 2 has none)'),
      category_zh: bi('指标类别（中文）', 'Indicator category (Chinese)'),
      category_en: bi('指标类别（英文）', 'Indicator category (English)'),
      parent_zh: bi('上级指标名称（中文，嵌套指标才有）', 'Parent indicator name (Chinese; nested rows only)'),
      parent_en: bi('上级指标名称（英文）', 'Parent indicator name (English)'),
      name_zh: bi('指标名称（中文，原样）', 'Indicator name (Chinese, as printed)'),
      name_en: bi('指标名称（英文）', 'Indicator name (English)'),
      unit_zh: bi('单位（指标名称中注明时）', 'Unit (where the name states one)'),
      unit_en: bi('单位（英文）', 'Unit (English)'),
      nature: bi('指标属性：binding（约束性）或 expected（预期性）', 'Type: binding or expected'),
      direction: bi('数值越高越好（higher）、越低越好（lower）或不适用（neither）', 'Whether higher or lower is better, or neither'),
      value_key: bi('数值所在的列：target2020、result2020、status、baseline2020、target2025', 'Column of the value: target2020, result2020, status, baseline2020, target2025'),
      value_label_zh: bi('列标题（中文）', 'Column heading (Chinese)'),
      value_label_en: bi('列标题（英文）', 'Column heading (English)'),
      printed_zh: bi('规划印刷的原样（如 ≥60735、由市级下达、29..3【2】）', 'Value exactly as printed (e.g. ≥60735, 29..3[2] in English, or words such as “to be set by the municipality”)'),
      printed_en: bi('英文表述', 'The value in English'),
      value: bi('数字；不是数字时为空（绝不以0代替）', 'The number; empty where the value is not a number (never zero)'),
      comparator: bi('≥、≤ 或 =', '≥, ≤ or ='),
      secondary: bi('括号中的附带数值（如 91.8%）', 'A secondary figure printed in brackets (e.g. 91.8%)'),
      notes: bi('注释编号（【1】→ 1）', 'Note numbers ([1] → 1)'),
      notes_text_zh: bi('注释全文（中文）', 'Text of the notes (Chinese)'),
      notes_text_en: bi('注释全文（英文）', 'Text of the notes (English)'),
      editorial_note: bi('数值为印刷笔误的显然含义时，对应的编者注编号', 'Editorial note id where the number is the evident meaning of a misprint'),
      discussed_in: bi('讨论该指标的规划段落', 'Plan paragraph that discusses the indicator'),
    },
  },
  {
    id: 'figures',
    title: bi('规划正文中的其他数据', 'Other figures in the plan'),
    about: bi('规划正文中适合作图的数据，一行一个数值，并注明来源段落。', 'Figures stated in the plan’s text that are charted on this site, one record per value, with the source paragraphs.'),
    fields: {
      figure_id: bi('图表的稳定标识', 'Stable id of the figure'),
      title_zh: bi('图表标题（中文）', 'Figure title (Chinese)'),
      title_en: bi('图表标题（英文）', 'Figure title (English)'),
      series_zh: bi('数据系列（中文）', 'Series (Chinese)'),
      series_en: bi('数据系列（英文）', 'Series (English)'),
      category_zh: bi('项目（中文）', 'Item (Chinese)'),
      category_en: bi('项目（英文）', 'Item (English)'),
      value: bi('数值；规划未给出时为空', 'The value; empty where the plan states none'),
      unit_zh: bi('单位（中文）', 'Unit (Chinese)'),
      unit_en: bi('单位（英文）', 'Unit (English)'),
      sources: bi('来源段落的标识（空格分隔）', 'Ids of the source paragraphs (space-separated)'),
    },
  },
  {
    id: 'commitments',
    title: bi('规划承诺', 'Commitments'),
    about: bi('规划中每一项量化或有时限的承诺，附原文引文和出处段落。', 'Every quantified or dated commitment of the plan, with the original words and the source paragraph.'),
    fields: {
      id: bi('承诺的稳定标识（也是承诺清单页的锚点）', 'Stable id (also the anchor on the commitments page)'),
      topic: bi('领域', 'Topic'),
      type: bi('类型：target 目标值、threshold 限值、annual-quota 每年任务、build 建设数量、deadline 限期完成', 'Type: target, threshold, annual-quota, build or deadline'),
      measure_zh: bi('承诺内容（中文）', 'What is promised (Chinese)'),
      measure_en: bi('承诺内容（英文）', 'What is promised (English)'),
      targets: bi('目标值：比较符、数值和单位（中文），多个以分号分隔', 'Targets: comparator, value and unit (Chinese units), separated by semicolons'),
      targets_en: bi('目标值（英文单位）', 'Targets (English units)'),
      deadline: bi('期限：年份、annual（每年）或 plan-period（规划期内）', 'Deadline: a year, annual, or plan-period'),
      strength: bi('措辞力度：firm 明确、strive 力争、explore 探索', 'Wording: firm, strive or explore'),
      quote_zh: bi('规划原文引文（逐字）', 'The plan’s words, verbatim (Chinese)'),
      quote_en: bi('引文的英文译文', 'English rendering of the quote'),
      source: bi('出处段落或专栏条目的标识', 'Id of the source paragraph or box item'),
      status: bi('进展（仅在有公开来源时填写）', 'Progress (filled only from a published source)'),
      status_source: bi('进展的来源', 'Source of the progress'),
      status_date: bi('进展来源的日期', 'Date of that source'),
    },
  },
  {
    id: 'projects',
    title: bi('重点工程项目', 'Key projects'),
    about: bi('专栏3至专栏8中点名的重点工程项目。', 'The key projects named in Boxes 3 to 8.'),
    fields: {
      id: bi('项目的稳定标识', 'Stable id'),
      category: bi('第九章的工程类别', 'Category of chapter 9'),
      name_zh: bi('项目名称（中文）', 'Project name (Chinese)'),
      name_en: bi('项目名称（英文）', 'Project name (English)'),
      location_zh: bi('地点（规划注明时）', 'Location (where the plan names one)'),
      location_en: bi('地点（英文）', 'Location (English)'),
      quantities: bi('规划注明的数量（中文）', 'Quantities the plan states (Chinese)'),
      quantities_en: bi('数量（英文）', 'Quantities (English)'),
      quote_zh: bi('规划原文引文（逐字）', 'The plan’s words, verbatim'),
      source: bi('出处专栏条目的标识', 'Id of the source box item'),
    },
  },
  {
    id: 'plan',
    formats: ['json'],
    title: bi('规划全文（结构化）', 'The whole plan, structured'),
    about: bi(
      '规划全文的结构化数据，中英文各一份：标题、前言、各章各节、段落（含段首小标题）、专栏（表格行和列表条目）、规划范围与时限和注释。每个节点都有稳定标识（与网页锚点相同）和原文行号。',
      'The whole plan as structured data, in Chinese and in English: title block, preface, chapters and sections, paragraphs (with their run-in leads), boxes (table rows and list items), scope and time frame, and the note. Every node has a stable id (the same as its anchor on the site) and the line numbers of the source text.',
    ),
    fields: {
      source: bi('原文文件名', 'Source text file'),
      zh: bi('中文规划树', 'The plan tree in Chinese'),
      en: bi('英文规划树（同样的结构和标识）', 'The plan tree in English (same structure and ids)'),
    },
  },
  {
    id: 'glossary',
    title: bi('术语表', 'Glossary'),
    about: bi('规划术语、统一的英文译法、给学生的解释，以及在规划中出现的段落。', 'The plan’s terms, their one English rendering, a plain explanation for students, and the paragraphs where they occur.'),
    fields: {
      id: bi('术语的稳定标识（也是术语表页的锚点）', 'Stable id (also the anchor on the glossary page)'),
      zh: bi('术语（中文，规划原文写法）', 'The term as the plan writes it'),
      en: bi('统一的英文译法', 'The one English rendering'),
      variants: bi('规划中的其他写法（空格分隔）', 'Other ways the plan writes it (space-separated)'),
      definition_zh: bi('给学生的解释（中文）', 'Explanation for students (Chinese)'),
      definition_en: bi('给学生的解释（英文）', 'Explanation for students (English)'),
      occurrences: bi('出现的段落标识（空格分隔）', 'Ids of the paragraphs where it occurs (space-separated)'),
    },
  },
];
