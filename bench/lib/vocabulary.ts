/**
 * Word lists for the synthetic corpus: the 193 UN member states (so General Assembly votes have real members),
 * names, places and the vocabulary of news about a siege and the diplomacy around it. Text is built from these by
 * bench/lib/text.ts; nothing is fetched.
 */

/** ISO 3166-1 alpha-3 code and short name of every UN member state. */
export const UN_MEMBER_STATES: readonly (readonly [string, string])[] = `
AFG Afghanistan|ALB Albania|DZA Algeria|AND Andorra|AGO Angola|ATG Antigua and Barbuda|ARG Argentina|ARM Armenia|
AUS Australia|AUT Austria|AZE Azerbaijan|BHS Bahamas|BHR Bahrain|BGD Bangladesh|BRB Barbados|BLR Belarus|BEL Belgium|
BLZ Belize|BEN Benin|BTN Bhutan|BOL Bolivia|BIH Bosnia and Herzegovina|BWA Botswana|BRA Brazil|BRN Brunei|BGR Bulgaria|
BFA Burkina Faso|BDI Burundi|CPV Cabo Verde|KHM Cambodia|CMR Cameroon|CAN Canada|CAF Central African Republic|TCD Chad|
CHL Chile|CHN China|COL Colombia|COM Comoros|COG Congo|CRI Costa Rica|CIV Cote d'Ivoire|HRV Croatia|CUB Cuba|CYP Cyprus|
CZE Czechia|PRK North Korea|COD Democratic Republic of the Congo|DNK Denmark|DJI Djibouti|DMA Dominica|
DOM Dominican Republic|ECU Ecuador|EGY Egypt|SLV El Salvador|GNQ Equatorial Guinea|ERI Eritrea|EST Estonia|SWZ Eswatini|
ETH Ethiopia|FJI Fiji|FIN Finland|FRA France|GAB Gabon|GMB Gambia|GEO Georgia|DEU Germany|GHA Ghana|GRC Greece|
GRD Grenada|GTM Guatemala|GIN Guinea|GNB Guinea-Bissau|GUY Guyana|HTI Haiti|HND Honduras|HUN Hungary|ISL Iceland|
IND India|IDN Indonesia|IRN Iran|IRQ Iraq|IRL Ireland|ISR Israel|ITA Italy|JAM Jamaica|JPN Japan|JOR Jordan|
KAZ Kazakhstan|KEN Kenya|KIR Kiribati|KWT Kuwait|KGZ Kyrgyzstan|LAO Laos|LVA Latvia|LBN Lebanon|LSO Lesotho|LBR Liberia|
LBY Libya|LIE Liechtenstein|LTU Lithuania|LUX Luxembourg|MDG Madagascar|MWI Malawi|MYS Malaysia|MDV Maldives|MLI Mali|
MLT Malta|MHL Marshall Islands|MRT Mauritania|MUS Mauritius|MEX Mexico|FSM Micronesia|MCO Monaco|MNG Mongolia|
MNE Montenegro|MAR Morocco|MOZ Mozambique|MMR Myanmar|NAM Namibia|NRU Nauru|NPL Nepal|NLD Netherlands|NZL New Zealand|
NIC Nicaragua|NER Niger|NGA Nigeria|MKD North Macedonia|NOR Norway|OMN Oman|PAK Pakistan|PLW Palau|PAN Panama|
PNG Papua New Guinea|PRY Paraguay|PER Peru|PHL Philippines|POL Poland|PRT Portugal|QAT Qatar|KOR South Korea|
MDA Moldova|ROU Romania|RUS Russia|RWA Rwanda|KNA Saint Kitts and Nevis|LCA Saint Lucia|
VCT Saint Vincent and the Grenadines|WSM Samoa|SMR San Marino|STP Sao Tome and Principe|SAU Saudi Arabia|SEN Senegal|
SRB Serbia|SYC Seychelles|SLE Sierra Leone|SGP Singapore|SVK Slovakia|SVN Slovenia|SLB Solomon Islands|SOM Somalia|
ZAF South Africa|SSD South Sudan|ESP Spain|LKA Sri Lanka|SDN Sudan|SUR Suriname|SWE Sweden|CHE Switzerland|SYR Syria|
TJK Tajikistan|THA Thailand|TLS Timor-Leste|TGO Togo|TON Tonga|TTO Trinidad and Tobago|TUN Tunisia|TUR Turkey|
TKM Turkmenistan|TUV Tuvalu|UGA Uganda|UKR Ukraine|ARE United Arab Emirates|GBR United Kingdom|TZA Tanzania|
USA United States|URY Uruguay|UZB Uzbekistan|VUT Vanuatu|VEN Venezuela|VNM Vietnam|YEM Yemen|ZMB Zambia|ZWE Zimbabwe`
  .split('|')
  .map((entry) => entry.trim())
  .filter(Boolean)
  .map((entry) => [entry.slice(0, 3), entry.slice(4)] as const);

export const PERMANENT_MEMBERS = ['CHN', 'FRA', 'RUS', 'GBR', 'USA'] as const;

/** UN bodies and agencies: [name, acronym or null]. */
export const UN_BODIES: readonly (readonly [string, string | null])[] = [
  ['United Nations', 'UN'],
  ['UN Security Council', 'UNSC'],
  ['UN General Assembly', 'UNGA'],
  ['UN Human Rights Council', 'UNHRC'],
  ['Office for the Coordination of Humanitarian Affairs', 'OCHA'],
  ["UN Children's Fund", 'UNICEF'],
  ['World Health Organization', 'WHO'],
  ['World Food Programme', 'WFP'],
  ['UN High Commissioner for Refugees', 'UNHCR'],
  ['Office of the UN Special Envoy for Syria', null],
  ['UN Commission of Inquiry on Syria', 'COI'],
  ['International Court of Justice', 'ICJ'],
  ['UN Secretariat', null],
  ['UN Office at Geneva', 'UNOG'],
  ['Organisation for the Prohibition of Chemical Weapons', 'OPCW'],
  ['UN Relief and Works Agency', 'UNRWA'],
  ['UN Development Programme', 'UNDP'],
  ['UN Population Fund', 'UNFPA'],
];

export const ORGANIZATIONS: readonly (readonly [string, string | null])[] = [
  ['International Committee of the Red Cross', 'ICRC'],
  ['Syrian Arab Red Crescent', 'SARC'],
  ['Human Rights Watch', 'HRW'],
  ['Amnesty International', null],
  ['Medecins Sans Frontieres', 'MSF'],
  ['Syrian Civil Defence', 'White Helmets'],
  ['Syrian Observatory for Human Rights', 'SOHR'],
  ['Syrian American Medical Society', 'SAMS'],
  ['Save the Children', null],
  ['Norwegian Refugee Council', 'NRC'],
  ['European Union', 'EU'],
  ['Arab League', null],
  ['NATO', null],
  ['Organisation of Islamic Cooperation', 'OIC'],
  ['Physicians for Human Rights', 'PHR'],
  ['International Rescue Committee', 'IRC'],
  ['Mercy Corps', null],
  ['Oxfam', null],
  ['CARE International', 'CARE'],
  ['Union of Medical Care and Relief Organizations', 'UOSSM'],
];

export const FIRST_NAMES = `Ahmad Mohammed Omar Khaled Yasser Bashar Walid Samir Hassan Hussein Ali Mahmoud Fadi Rami Tarek Ziad Nabil Karim
Hamza Bilal Abdullah Ibrahim Youssef Mustafa Faisal Jamal Nizar Riad Adnan Ammar Ayman Basel Firas Ghassan Hadi Imad Jihad
Kamal Louay Majd Nour Osama Qasim Raed Salim Tamer Wael Zaher Amira Fatima Layla Rania Hala Dima Lina Maya Nadia Reem Salma
Yara Zeina Hiba Ruba Sawsan Sergei Vladimir Vitaly Maria Dmitry Igor Alexei Anatoly Mikhail John Samantha Matthew Boris
Francois Jean-Marc Angela Frank-Walter Federica Staffan Ban Antonio Stephen Jan Zeid Stephane Mevlut Recep Adel Javad
Hassan Rafael Liu Wang Koro Gerard Vassily Matthew Elbio Nikki Michael Kelly Peter Ursula Josep Kofi Lakhdar Geir Stephanie
Mark David Emma Sophie Laura Anna Paul Thomas Daniel James Robert Elena Olga Natalia Irina Tatiana Pavel Andrei Yuri Hakan
Ahmet Mehmet Cem Elif Leila Farid Karim Sami Hani Majed Sana Jana Mira Tala Noura Lubna Suha Wafa`
  .split(/\s+/)
  .filter(Boolean);

export const LAST_NAMES = `Haddad Khoury Nasser Hamdan Saleh Mansour Darwish Qassem Halabi Shami Homsi Idlibi Attar Sabbagh Najjar Hakim
Jaber Khalil Yassin Zein Farah Aziz Bakr Daher Ghanem Hijazi Issa Jaafar Kanaan Masri Nahas Obeid Rahal Sayegh Tawil
Wehbe Youssef Zaidan Abboud Bitar Chami Dabbagh Fakhoury Ghazal Habib Jabbour Karam Lahham Maalouf Nassif Qabbani Rizk
Shahin Tamer Wakim Lavrov Churkin Nebenzia Peskov Zakharova Safronkov Kerry Power Rycroft Delattre Steinmeier Mogherini
Mistura Egeland OBrien Guterres Dion Cavusoglu Erdogan Jubeir Zarif Assad Muallem Jaafari Ramirez Bessho Baird Yamamoto
Haley Allen Miller Smith Johnson Brown Wilson Taylor Anderson Thomas Moore Martin Lee Walker Hall Young King Wright Scott
Green Baker Adams Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris
Ivanov Petrov Sokolov Popov Lebedev Kozlov Novikov Morozov Volkov Solovyov Vasiliev Zaitsev Pavlov Semenov Golubev
Dubois Laurent Bernard Moreau Lefebvre Leroy Roux Fournier Girard Bonnet Muller Schmidt Schneider Fischer Weber Wagner
Becker Hoffmann Schulz Koch Richter Klein Wolf Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco
Yilmaz Kaya Demir Sahin Celik Yildiz Aydin Ozturk Arslan Dogan Kilic Aslan Cetin Kara Koc Kurt Ozdemir Wang Li Zhang Liu
Chen Yang Zhao Huang Zhou Wu Xu Sun Tanaka Suzuki Sato Takahashi Watanabe Ito Nakamura Kobayashi Kato Yoshida`
  .split(/\s+/)
  .filter(Boolean);

export const ROLE_TITLES = [
  'Foreign Minister',
  'Ambassador to the United Nations',
  'Deputy Ambassador to the United Nations',
  'spokesman for the Foreign Ministry',
  'spokeswoman for the Foreign Ministry',
  'Defence Minister',
  'President',
  'Prime Minister',
  'Deputy Foreign Minister',
  'Permanent Representative to the UN',
  'Special Envoy for Syria',
  'humanitarian coordinator',
  'emergency relief coordinator',
  'field coordinator',
  'spokesman',
  'spokeswoman',
  'director',
  'head of mission',
  'commander',
  'senior official',
  'medical director',
  'rescue worker',
  'resident of eastern Aleppo',
  'doctor in eastern Aleppo',
  'opposition negotiator',
  'government negotiator',
  'military spokesman',
  'human rights investigator',
];

/** Real districts and neighbourhoods of Aleppo, for the location gazetteer. */
export const ALEPPO_NEIGHBORHOODS =
  `Bustan al-Qasr|Sukkari|Shaar|Masaken Hanano|Sheikh Maqsoud|Kalasa|Mashhad|Salaheddine|Ansari|Bab al-Nairab|
Fardous|Hamdaniyeh|Ramouseh|Sheikh Saeed|Zebdieh|Karm al-Jabal|Tariq al-Bab|Jabal Badro|Sakhour|Haydariya|Hullok|
Ard al-Hamra|Qadi Askar|Bab al-Hadid|Aqyol|Jalloum|Bayada|Bab Qinnasrin|Maadi|Salihin|Bustan al-Basha|Sheikh Khodr|
Amiriyah|Sheikh Lutfi|Marjeh|Karm al-Tarab|Jisr al-Haj|Qarlaq|Mouasalat|Kadi Askar|Ashrafieh|Bani Zaid|Layramoun|
Castello Road|Handarat|Azizieh|Jamiliyah|Muhafaza|New Aleppo|Hamadaniyah|Khan al-Asal|Ramousseh|Zahraa|Midan`
    .split('|')
    .map((n) => n.trim())
    .filter(Boolean);

export const OTHER_PLACES: readonly (readonly [string, string, string | null])[] = [
  // [name, kind, country code]
  ['Damascus', 'city', 'SYR'],
  ['Idlib', 'city', 'SYR'],
  ['Homs', 'city', 'SYR'],
  ['Hama', 'city', 'SYR'],
  ['Latakia', 'city', 'SYR'],
  ['Raqqa', 'city', 'SYR'],
  ['Deir ez-Zor', 'city', 'SYR'],
  ['Eastern Ghouta', 'region', 'SYR'],
  ['Geneva', 'city', 'CHE'],
  ['Lausanne', 'city', 'CHE'],
  ['New York', 'city', 'USA'],
  ['Moscow', 'city', 'RUS'],
  ['Ankara', 'city', 'TUR'],
  ['Gaziantep', 'city', 'TUR'],
  ['Beirut', 'city', 'LBN'],
  ['Amman', 'city', 'JOR'],
  ['Astana', 'city', 'KAZ'],
  ['Paris', 'city', 'FRA'],
  ['London', 'city', 'GBR'],
  ['Brussels', 'city', 'BEL'],
  ['Vienna', 'city', 'AUT'],
  ['Hmeimim', 'venue', 'SYR'],
  ['Bab al-Salameh crossing', 'venue', 'SYR'],
  ['Ramouseh road', 'venue', 'SYR'],
];

export const VILLAGE_PREFIXES = ['Tal', 'Kafr', 'Deir', 'Ain', 'Khan', 'Jabal', 'Beit', 'Maarat', 'Tell', 'Qasr', 'Bir', 'Ras'];
export const VILLAGE_ROOTS = `Hamra|Jibrin|Naya|Rifaat|Daeel|Hatat|Karam|Shuwayhat|Batbu|Hamam|Sabeel|Zaytoun|Rummana|Qamar|Tuffah|Ward|
Nahr|Sahl|Wadi|Burj|Sukkar|Milh|Nasr|Salam|Fajr|Hayat|Amal|Nour|Sharq|Gharb|Shamal|Janub|Assal|Laban|Zahr|Ghazal|Hadid|
Dahab|Fidda|Nakhil|Tineh|Loz|Joz|Fustuq|Kharrub|Sindiyan|Sarw|Bayt|Marj|Tall|Ruba|Dabiq|Akhtarin|Mare|Azaz|Afrin|Atarib|
Anadan|Hayyan|Haritan|Bayanun|Zahraa|Nubl|Safira|Sfireh|Khanasser|Ithriya|Hader|Zirbeh|Eis|Talafah|Kafrnaha|Urum`
  .split('|')
  .map((n) => n.trim())
  .filter(Boolean);

export const PUBLISHERS: readonly (readonly [string, string, string])[] = [
  // [publisher, outlet, slug]
  ['Voice of America', 'voanews.com', 'voa'],
  ['Al Arabiya English', 'english.alarabiya.net', 'alarabiya'],
  ['Metro', 'metro.co.uk', 'metro'],
  ['UN News Centre', 'news.un.org', 'unnews'],
  ['Reuters', 'reuters.com', 'reuters'],
  ['Associated Press', 'apnews.com', 'ap'],
  ['Agence France-Presse', 'afp.com', 'afp'],
  ['BBC News', 'bbc.co.uk', 'bbc'],
  ['Al Jazeera English', 'aljazeera.com', 'aljazeera'],
  ['The Guardian', 'theguardian.com', 'guardian'],
  ['The New York Times', 'nytimes.com', 'nyt'],
  ['The Washington Post', 'washingtonpost.com', 'wapo'],
  ['Deutsche Welle', 'dw.com', 'dw'],
  ['France 24', 'france24.com', 'france24'],
  ['TASS', 'tass.com', 'tass'],
  ['Anadolu Agency', 'aa.com.tr', 'anadolu'],
  ['Syria Direct', 'syriadirect.org', 'syriadirect'],
  ['ReliefWeb', 'reliefweb.int', 'reliefweb'],
  ['Security Council Report', 'securitycouncilreport.org', 'scr'],
  ['UN Meetings Coverage', 'press.un.org', 'unpress'],
  ['VOA News', 'globalsecurity.org', 'voa-gs'],
  ['Middle East Eye', 'middleeasteye.net', 'mee'],
  ['The Independent', 'independent.co.uk', 'independent'],
  ['Euronews', 'euronews.com', 'euronews'],
];

export const SOURCE_KINDS = ['news report', 'press release', 'meeting coverage', 'news report (republished)', 'statement', 'briefing'];

// ---- text vocabulary ---------------------------------------------------------------------------------------

export const SUBJECTS = [
  'We',
  'The international community',
  'The Security Council',
  'Our government',
  'The regime',
  'The opposition',
  'The armed groups',
  'Humanitarian workers',
  'The United Nations',
  'The world',
  'Nobody',
  'The Syrian government',
  'Russian forces',
  'The rebels',
  'Civilians',
  'The people of Aleppo',
  'Our teams',
  'The delegations',
  'Both sides',
  'The coalition',
  'The Council',
  'This draft',
  'The ceasefire commission',
  'Our partners',
];

export const MODALS = [
  'must',
  'will',
  'cannot',
  'should',
  'will not',
  'have to',
  'are ready to',
  'refuse to',
  'continue to',
  'need to',
  'are trying to',
  'hope to',
  'intend to',
  'urgently need to',
  'are prepared to',
];

export const VERBS = `allow stop guarantee support condemn reject demand deliver protect evacuate negotiate resume suspend investigate
block open secure accept propose monitor ensure violate respect end halt restore document coordinate withdraw extend renew
implement verify facilitate welcome denounce oppose veto endorse sponsor postpone convene brief warn urge pressure target
shell besiege relieve reinforce bombard recapture surrender abandon rescue treat shelter feed count bury`
  .split(/\s+/)
  .filter(Boolean);

export const PAST_VERBS = `said warned stressed insisted argued told reporters announced confirmed denied accused rejected welcomed
condemned urged called for demanded proposed acknowledged reported estimated noted added explained declared promised
claimed suggested admitted repeated`
  .split(/\s+(?=[a-z])/)
  .filter(Boolean);

export const OBJECTS = [
  'a humanitarian pause',
  'the ceasefire',
  'aid convoys',
  'the evacuation of the wounded',
  'medical supplies',
  'the besieged districts',
  'a political solution',
  'the airstrikes',
  'safe passage for civilians',
  'the draft resolution',
  'access for humanitarian workers',
  'the bombing of hospitals',
  'accountability for war crimes',
  'the cessation of hostilities',
  'food and water',
  'the humanitarian corridors',
  'the talks in Geneva',
  'the siege of eastern Aleppo',
  'the use of barrel bombs',
  'a seven-day truce',
  'the fighters and their families',
  'the last remaining hospitals',
  'an independent investigation',
  'the ground offensive',
  'the shelling of residential areas',
  'the return of displaced families',
  'the exit of armed groups',
  'the Russian proposal',
  'the French draft',
  'the monitoring mission',
  'winter supplies',
  'fuel for the generators',
  'the water network',
  'the bakeries',
  'schools and shelters',
  'the injured children',
  'the agreement reached in Lausanne',
  'a lasting settlement',
  'the convoy at the crossing',
  'emergency funding',
  'the list of names',
  'the buses',
  'the green buses',
  'the evacuation agreement',
  'the chemical weapons inquiry',
  'the blockade',
  'the front lines',
  'the old city',
  'the citadel',
  'the eastern neighbourhoods',
];

export const ADJECTIVES = `catastrophic unacceptable dire desperate grave urgent critical appalling unprecedented fragile tragic
intolerable alarming deteriorating horrific worsening chaotic difficult dangerous hopeless shameful inhumane devastating
brutal relentless`
  .split(/\s+/)
  .filter(Boolean);

export const ABSTRACT_NOUNS = `situation crisis catastrophe tragedy siege offensive bombardment ceasefire truce evacuation negotiation
resolution veto proposal agreement corridor convoy shelling destruction suffering starvation displacement escalation
violation investigation accountability protection assistance access deadlock stalemate impasse`
  .split(/\s+/)
  .filter(Boolean);

export const ADVERBIALS = [
  'immediately',
  'without delay',
  'this week',
  'before winter',
  'at any cost',
  'for the sake of the children',
  'in the coming days',
  'under any circumstances',
  'as soon as possible',
  'on the ground',
  'within hours',
  'by the end of the month',
  'unconditionally',
  'for the first time',
  'once again',
  'in good faith',
  'despite the risks',
  'under international law',
  'before it is too late',
  'tonight',
  'in the name of humanity',
];

export const CONNECTORS = ['and', 'but', 'because', 'while', 'so that', 'even though', 'although', 'since', 'unless'];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const REPORT_VERBS = [
  'were killed',
  'were injured',
  'were evacuated',
  'remain trapped',
  'fled',
  'were displaced',
  'were treated',
  'were moved',
  'are besieged',
  'crossed the front line',
];

export const TOPIC_WORDS = `ceasefire aid convoy evacuation veto truce talks siege hospitals corridor shelling airstrikes resolution
pause accountability buses crossing children winter fuel water bakeries offensive fighters civilians monitors inquiry
agreement proposal draft meeting briefing`
  .split(/\s+/)
  .filter(Boolean);

export const EVENT_ROLES = ['participant', 'convener', 'sponsor', 'target', 'perpetrator', 'mediator', 'host', 'observer', 'victim'];
