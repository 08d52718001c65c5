/**
 * Word lists for the generated data. Companies are invented word pairs and e-mail domains use the
 * reserved `.example` top-level domain, so demo data never points at a real business or inbox.
 */

// prettier-ignore
export const FIRST_NAMES = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David',
  'Elizabeth', 'William', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah',
  'Christopher', 'Karen', 'Charles', 'Lisa', 'Daniel', 'Nancy', 'Matthew', 'Betty', 'Anthony',
  'Sandra', 'Mark', 'Margaret', 'Donald', 'Ashley', 'Steven', 'Kimberly', 'Andrew', 'Emily',
  'Paul', 'Donna', 'Joshua', 'Michelle', 'Kenneth', 'Carol', 'Kevin', 'Amanda', 'Brian', 'Melissa',
  'George', 'Deborah', 'Timothy', 'Stephanie', 'Ronald', 'Rebecca', 'Jason', 'Sharon', 'Edward',
  'Laura', 'Jeffrey', 'Cynthia', 'Ryan', 'Dorothy', 'Jacob', 'Amy', 'Gary', 'Kathleen', 'Nicholas',
  'Angela', 'Eric', 'Shirley', 'Jonathan', 'Emma', 'Stephen', 'Brenda', 'Larry', 'Pamela', 'Justin',
  'Nicole', 'Scott', 'Anna', 'Brandon', 'Samantha', 'Benjamin', 'Katherine', 'Samuel', 'Christine',
  'Gregory', 'Debra', 'Alexander', 'Rachel', 'Patrick', 'Carolyn', 'Frank', 'Janet', 'Raymond',
  'Maria', 'Jack', 'Olivia', 'Dennis', 'Heather', 'Jerry', 'Helen', 'Tyler', 'Catherine', 'Aaron',
  'Diane', 'Jose', 'Julie', 'Adam', 'Victoria', 'Nathan', 'Joyce', 'Henry', 'Lauren', 'Zachary',
  'Kelly', 'Douglas', 'Christina', 'Peter', 'Ruth', 'Kyle', 'Joan', 'Noah', 'Virginia', 'Ethan',
  'Judith', 'Jeremy', 'Evelyn', 'Christian', 'Hannah', 'Walter', 'Andrea', 'Keith', 'Megan',
  'Austin', 'Cheryl', 'Roger', 'Jacqueline', 'Terry', 'Madison', 'Sean', 'Teresa', 'Gerald', 'Abigail',
  'Carl', 'Sophia', 'Dylan', 'Martha', 'Harold', 'Sara', 'Jordan', 'Gloria', 'Jesse', 'Janice',
  'Bryan', 'Kathryn', 'Lawrence', 'Ann', 'Arthur', 'Isabella', 'Gabriel', 'Judy', 'Bruce', 'Charlotte',
  'Logan', 'Julia', 'Billy', 'Grace', 'Joe', 'Amber', 'Alan', 'Alice', 'Juan', 'Jean', 'Elijah',
  'Denise', 'Willie', 'Frances', 'Albert', 'Danielle', 'Wayne', 'Marilyn', 'Randy', 'Natalie',
  'Priya', 'Wei', 'Aisha', 'Mateo', 'Yuki', 'Fatima', 'Carlos', 'Mei', 'Omar', 'Sofia', 'Arjun',
  'Chloe', 'Diego', 'Ines', 'Kwame', 'Lucia', 'Ravi', 'Zoe', 'Hiro', 'Nadia',
] as const;

// prettier-ignore
export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez',
  'Martinez', 'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore',
  'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez',
  'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen',
  'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell',
  'Carter', 'Roberts', 'Gomez', 'Phillips', 'Evans', 'Turner', 'Diaz', 'Parker', 'Cruz', 'Edwards',
  'Collins', 'Reyes', 'Stewart', 'Morris', 'Morales', 'Murphy', 'Cook', 'Rogers', 'Gutierrez',
  'Ortiz', 'Morgan', 'Cooper', 'Peterson', 'Bailey', 'Reed', 'Kelly', 'Howard', 'Ramos', 'Kim',
  'Cox', 'Ward', 'Richardson', 'Watson', 'Brooks', 'Chavez', 'Wood', 'James', 'Bennett', 'Gray',
  'Mendoza', 'Ruiz', 'Hughes', 'Price', 'Alvarez', 'Castillo', 'Sanders', 'Patel', 'Myers', 'Long',
  'Ross', 'Foster', 'Jimenez', 'Powell', 'Jenkins', 'Perry', 'Russell', 'Sullivan', 'Bell', 'Coleman',
  'Butler', 'Henderson', 'Barnes', 'Gonzales', 'Fisher', 'Vasquez', 'Simmons', 'Romero', 'Jordan',
  'Patterson', 'Alexander', 'Hamilton', 'Graham', 'Reynolds', 'Griffin', 'Wallace', 'Moreno', 'West',
  'Cole', 'Hayes', 'Bryant', 'Herrera', 'Gibson', 'Ellis', 'Tran', 'Medina', 'Aguilar', 'Stevens',
  'Murray', 'Ford', 'Castro', 'Marshall', 'Owens', 'Harrison', 'Fernandez', 'McDonald', 'Woods',
  'Washington', 'Kennedy', 'Wells', 'Vargas', 'Henry', 'Chen', 'Freeman', 'Webb', 'Tucker', 'Guzman',
  'Burns', 'Crawford', 'Olson', 'Simpson', 'Porter', 'Hunter', 'Gordon', 'Mendez', 'Silva', 'Shaw',
  "O'Brien", 'Nakamura', 'Okafor', 'Kowalski', 'Schmidt', 'Dubois', 'Rossi', 'Singh', 'Haddad',
  'Johansson', 'Moretti', 'Van der Berg', 'Mensah', 'Ivanova', 'Takahashi', 'Novak',
] as const;

// prettier-ignore
const COMPANY_FIRST = [
  'Blue Harbor', 'Pinecrest', 'Northwind', 'Silverline', 'Redwood', 'Brightpath', 'Ironclad',
  'Summit Ridge', 'Clearwater', 'Granite Peak', 'Lakeshore', 'Copperfield', 'Evergreen', 'Keystone',
  'Bluebird', 'Highland', 'Maple Street', 'Stonebridge', 'Westfield', 'Sunrise', 'Harborview',
  'Oakmont', 'Riverbend', 'Cobalt', 'Falcon', 'Meridian', 'Trailhead', 'Beacon', 'Crescent',
  'Foxglove', 'Juniper', 'Lighthouse', 'Orchard', 'Quarry', 'Sagebrush', 'Tidewater', 'Wildflower',
  'Arrowhead', 'Bayside', 'Cedar Grove', 'Driftwood', 'Fairview', 'Greenleaf', 'Hollow Creek',
  'Kingfisher', 'Larkspur', 'Moonstone', 'Nimbus', 'Palisade', 'Quicksilver',
] as const;

// prettier-ignore
const COMPANY_SECOND = [
  'Analytics', 'Logistics', 'Health', 'Software', 'Capital', 'Manufacturing', 'Labs', 'Systems',
  'Partners', 'Foods', 'Energy', 'Robotics', 'Media', 'Insurance', 'Cloud', 'Security', 'Dental',
  'Freight', 'Biotech', 'Consulting', 'Realty', 'Payments', 'Networks', 'Outfitters',
] as const;

const COMPANY_SUFFIX = ['', '', '', ' Inc.', ' LLC', ' Group', ' Co.', ' Corp'] as const;

export const COMPANY_PARTS = { COMPANY_FIRST, COMPANY_SECOND, COMPANY_SUFFIX } as const;

// prettier-ignore
export const TITLES = [
  'VP of Sales', 'Director of Sales', 'Head of Revenue Operations', 'Sales Manager', 'CEO',
  'Founder', 'Co-Founder & COO', 'CFO', 'Controller', 'VP of Marketing', 'Director of Demand Generation',
  'Head of Growth', 'CTO', 'VP of Engineering', 'IT Director', 'Head of Procurement',
  'Operations Manager', 'Director of Operations', 'Office Manager', 'HR Director',
  'Head of People', 'Chief Revenue Officer', 'Account Executive', 'Business Development Manager',
  'Practice Manager', 'Plant Manager', 'Fleet Manager', 'General Counsel',
] as const;

/** Area codes by US time zone, for local-presence caller ids and contact numbers. */
export const AREA_CODES = {
  ET: [212, 646, 617, 305, 404, 202, 215, 704, 813],
  CT: [312, 214, 512, 713, 615, 612, 314, 816],
  MT: [303, 801, 602, 505, 406],
  PT: [415, 650, 408, 206, 213, 503, 702, 619],
} as const;
export type UsZone = keyof typeof AREA_CODES;
export const US_ZONES: readonly UsZone[] = ['ET', 'CT', 'MT', 'PT'];

export const IANA_ZONE: Record<UsZone, string> = {
  ET: 'America/New_York',
  CT: 'America/Chicago',
  MT: 'America/Denver',
  PT: 'America/Los_Angeles',
};

/** How a contact's time zone has been typed into a CRM: free text, rarely consistent. */
export const TIMEZONE_SPELLINGS: Record<UsZone, readonly string[]> = {
  ET: ['ET', 'ET', 'EST', 'America/New_York', 'Eastern', 'US/Eastern'],
  CT: ['CT', 'CT', 'CST', 'America/Chicago', 'Central'],
  MT: ['MT', 'MT', 'MST', 'America/Denver', 'Mountain'],
  PT: ['PT', 'PT', 'PST', 'America/Los_Angeles', 'Pacific', 'Pacific Time'],
};

export const TEAM_NAMES = [
  'Northwind Outbound',
  'Blue Harbor SDR Team',
  'Summit Sales Development',
  'Pinecrest Growth Team',
] as const;

export const REP_LICENSES = [
  'parallel_dialer',
  'parallel_dialer',
  'parallel_dialer',
  'power_dialer',
] as const;

export const CONTACT_LIST_NAMES = [
  'Q1 Prospects',
  'Inbound Demo Requests',
  'HubSpot — Marketing Qualified',
  'Salesforce Open Opportunities',
  'Trade Show Leads (SaaStr)',
  'Healthcare Practice Managers',
  'Manufacturing Ops Leaders',
  'Series A Founders',
  'Closed Lost — Re-engage',
  'Enterprise IT Directors',
  'Webinar Attendees — Pipeline Generation',
  'Fintech CFOs',
] as const;

export const CONTACT_LIST_SOURCES = ['csv', 'hubspot', 'salesforce', 'manual'] as const;
export type ContactListSource = (typeof CONTACT_LIST_SOURCES)[number];

export const SEQUENCE_NAMES = [
  'Q1 Outbound Campaign',
  'Enterprise VP Sales — 7 Touch',
  'Inbound Lead Follow-up',
  'Webinar Attendees Nurture',
  'Closed Lost Re-engagement',
  'SMB Founders Blitz',
] as const;

export const CUSTOM_DISPOSITIONS = [
  { id: 15, name: 'Answered - Demo Booked', category: 'positive' },
  { id: 16, name: 'Answered - Using Competitor', category: 'negative' },
  { id: 17, name: 'Wrong Number - Fax', category: 'not_answered' },
] as const;

export const PRODUCT_PITCHES = [
  'we help SDR teams triple their live conversations with a parallel dialer',
  'we cut the time reps spend on no-answers and voicemails',
  'we sync every call, recording and note straight into the CRM',
  'we help outbound teams book more meetings without adding headcount',
] as const;

export const PAIN_POINTS = [
  'our reps spend half the day listening to ringing',
  'connect rates have dropped since last year',
  'we just hired four new SDRs and ramp is slow',
  'the CRM data is a mess and nobody logs their calls',
  'we are stuck at about eight conversations a day per rep',
  'our manager wants better visibility into call activity',
] as const;

export const COMPETITORS = [
  'Orum',
  'Nooks',
  'Koncert',
  'ConnectAndSell',
  'an in-house dialer',
] as const;

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;
