/**
 * The word lists the name finder (`names.ts`) decides with: given names of many origins, words
 * that look like names but are not (months, weekdays, products, teams, places), and the words
 * around a name that say it is one. Written by hand for an engineering journal; lists are kept as
 * whitespace-separated text so they stay easy to read and extend, and become sets once.
 */

function wordSet(...lists: string[]): ReadonlySet<string> {
  return new Set(lists.flatMap((list) => list.split(/\s+/)).filter((word) => word !== ''));
}

/**
 * Common given names, by origin. A capitalised word found here is taken for a name wherever it
 * stands, unless it is also in `wordNames`, `techNames` or `placeNames` (then context decides).
 */
export const givenNames = wordSet(
  // English-speaking countries
  `Aaron Abigail Adam Adrian Aidan Alan Albert Alex Alexander Alexandra Alice Alicia Alison Allison Amanda Amber Amelia Amy Andrea
   Andrew Andy Angela Anna Anne Annie Anthony Arthur Ashley Audrey Austin Ava Barbara Becky Ben Benjamin Beth Betty Beverly Bill
   Blake Bob Bonnie Brad Bradley Brandon Brenda Brian Brianna Brittany Brooke Bruce Bryan Caleb Cameron Carl Carol Caroline Carter
   Catherine Charles Charlie Charlotte Chelsea Chloe Chris Christian Christina Christine Christopher Claire Colin Connor Craig
   Crystal Curtis Cynthia Dale Dan Dana Daniel Danielle Darren David Dawn Dean Deborah Debra Denise Dennis Derek Diana Diane Donald
   Donna Doris Dorothy Douglas Drew Dylan Edward Eleanor Elizabeth Ella Ellen Emily Emma Eric Erin Ethan Evan Evelyn Faith Frank
   Gary Gavin George Gerald Gordon Grace Graham Grant Greg Gregory Hannah Harold Harper Harry Hayley Heather Helen Henry Holly Hope
   Howard Hunter Ian Isaac Isabel Isabella Jack Jackson Jacob Jacqueline Jake James Jamie Jane Janet Janice Jared Jason Jeff
   Jeffrey Jennifer Jenny Jeremy Jerry Jesse Jessica Jill Jim Joan Joe Joel John Johnny Jonathan Jordan Joseph Josh Joshua Joy
   Joyce Judith Judy Julia Julie Justin Karen Kate Katherine Kathleen Kathryn Katie Kayla Keith Kelly Ken Kenneth Kevin Kim
   Kimberly Kyle Larry Laura Lauren Leah Lee Leon Liam Lily Linda Lindsay Lisa Logan Lori Louis Lucas Lucy Luke Madison Maggie
   Margaret Maria Marie Marilyn Mark Martha Martin Mary Matt Matthew Maureen Max Megan Melanie Melissa Michael Michelle Mike Miles
   Molly Morgan Nancy Natalie Nathan Neil Nicholas Nick Nicole Noah Nora Oliver Olivia Owen Pamela Pat Patricia Patrick Paul
   Paula Peggy Penny Peter Philip Phillip Phoebe Rachel Ralph Randy Ray Raymond Rebecca Reed Richard Rick Rita Rob Robert Robin
   Roger Ronald Rose Ross Roy Ruby Russell Ruth Ryan Sally Samantha Samuel Sandra Sara Sarah Scott Sean Sharon Shawn Sheila Shirley
   Sophia Sophie Stacy Stephanie Stephen Steve Steven Stuart Summer Susan Sydney Tammy Taylor Teresa Terry Theo Theodore Thomas
   Tiffany Tim Timothy Lawrence Laurence Constance Esther Naomi Miriam Eve Ruth Abraham Solomon Gideon Tobias Jonah Micah Silas Levi Judah Rebekah Terence Clarence Florence Prudence Tina Todd Tom Tony Tracy Travis Trevor Tyler Valerie Vanessa Victor Victoria Vincent Virginia Walter Wayne
   Wendy Will William Willow Zach Zachary Zoe Zoë Chase Autumn April May June August Art Miles Dev Gene Glen Lance Cliff Wade
   Rusty Sandy Jade Iris Hugo Brook Page Lane Sky Penelope Harvey Freddie Alfie Archie Stanley Edith Florence Mabel Ivy Poppy
   Isla Imogen Freya Rosie Millie Elsie Harriet Jasper Rupert Hamish Callum Fraser Finlay Ewan Kirsty Fiona Morag Alistair`,
  // Irish, Welsh, Scottish Gaelic
  `Aoife Saoirse Niamh Siobhan Ciara Ciarán Ciaran Cian Oisín Oisin Eoin Seán Sean Róisín Roisin Padraig Pádraig Declan Conor
   Cormac Darragh Fionn Orla Sinéad Sinead Caoimhe Aisling Eimear Clodagh Rhys Rhiannon Cerys Dafydd Gareth Gethin Bronwen Eilidh`,
  // French, Italian, German, Dutch
  `Adèle Alain Amélie Antoine Aurélie Baptiste Bernard Camille Céline Chloé Christophe Claude Clément Damien Élise Élodie Émile
   Étienne Fabien François Françoise Gaël Guillaume Hélène Jacques Jean Jérôme Julien Laurent Léa Léon Louise Luc Lucie Manon
   Margaux Mathieu Maxime Michel Nathalie Nicolas Olivier Pascal Philippe Pierre Rémi Sébastien Sylvie Théo Thierry Valérie Yves
   Alessandro Alessia Andrea Angelo Antonio Beatrice Bianca Chiara Claudio Davide Elena Emanuele Enrico Federica Federico
   Filippo Francesca Francesco Gabriele Giacomo Gianluca Giorgia Giovanni Giulia Giuseppe Lorenzo Luca Lucia Marco Martina Matteo
   Paolo Riccardo Roberto Sara Silvia Simone Stefano Valentina Vittoria Alexander Andreas Anja Anke Benedikt Bernd Dieter Dirk
   Felix Florian Frank Friedrich Gerhard Hans Heike Helmut Jan Jana Jens Johannes Jonas Jörg Jürgen Katharina Klaus Lukas Marius
   Markus Matthias Maximilian Moritz Niklas Nils Ralf Sabine Sebastian Stefan Steffi Sven Tobias Torsten Ulrike Uwe Wolfgang Bram
   Daan Femke Joost Lieke Maarten Pieter Sanne Sem Thijs Wouter Anouk Ruud Geert Hendrik Willem Jeroen`,
  // Spanish, Portuguese, Latin American
  `Adriana Alejandra Alejandro Alberto Alicia Álvaro Ana Andrés Ángel Antonio Beatriz Camila Carla Carlos Carmen Catalina Cristina
   Daniela Diego Eduardo Elena Emilio Enrique Esteban Fernanda Fernando Francisco Gabriel Gabriela Guadalupe Guillermo Gustavo
   Ignacio Inés Isabel Javier Jimena Jorge José Josefina Juan Julio Laura Leonardo Lucía Luis Manuel Marcela Mariana Mario Marta
   Martín Mateo Miguel Natalia Nicolás Pablo Paula Pedro Rafael Ramón Raúl Ricardo Roberto Rodrigo Rosa Santiago Sebastián Sergio
   Sofía Sofia Teresa Tomás Valentina Valeria Vicente Ximena Yolanda Lupe Nacho Paco Pilar Consuelo Dolores Araceli Joaquim João
   Joao Gonçalo Rui Tiago Thiago Bruno Caio Diogo Felipe Leandro Luana Larissa Letícia Vinícius Renata Inês Afonso Duarte`,
  // Nordic, Baltic, Slavic, Greek, Hungarian, Romanian
  `Anders Astrid Birgit Björn Bjorn Dag Elin Emil Erik Freja Frida Gunnar Hanna Henrik Ingrid Johan Jonna Karin Kristian Lars Linnea
   Magnus Malin Mats Nils Oskar Sigrid Siri Solveig Stina Sune Tor Tove Ulf Vilja Aino Eero Juha Mikko Pekka Sanna Tuomas
   Agnieszka Aleksander Anastasia Andrei Andrzej Anya Bogdan Boris Dariusz Dmitri Dmitry Ekaterina Grzegorz Irina Ivan Jakub Kasia
   Katarzyna Krzysztof Magdalena Maciej Marek Michał Natasha Nikolai Oksana Olga Paweł Piotr Sergei Sergey Svetlana Tatiana
   Tomasz Vladimir Wojciech Yulia Zofia Milan Petr Pavel Jiří Tereza Lenka Luka Marija Ana Nikola Dragan Goran Ivana Jelena Milica
   Eleni Georgios Giorgos Dimitris Konstantinos Nikos Maria Sofia Yiannis Katerina Zsofia Bence Ádám Gábor Zoltán Ioana Mihai
   Andreea Bogdana Cristian Ștefan`,
  // South Asian
  `Aarav Aditi Aditya Ajay Akash Amit Amitabh Ananya Anand Anil Anita Anjali Ankit Arjun Arun Aryan Ashok Deepa Deepak Devika
   Dinesh Divya Gaurav Geeta Harsha Ishaan Jaya Karthik Kavya Kiran Krishna Lakshmi Madhu Mahesh Manish Meera Mohan Neha Nikhil
   Nisha Pooja Pradeep Prakash Pranav Preeti Priya Priyanka Rahul Raj Rajesh Rakesh Ramesh Ravi Rekha Rohan Rohit Sachin Sanjay
   Sanjana Sarita Shreya Shruti Siddharth Sneha Sunil Sunita Suresh Swati Tanvi Varun Venkatesh Vijay Vikram Vinay Vivek Yash
   Arvind Balaji Ganesh Gopal Hari Kumar Murali Naveen Padma Radha Raghav Saravanan Senthil Srinivas Subramanian Vidya Anushka
   Farhan Imran Ayesha Zainab Bilal Hamza Asif Nadia Sadia Tariq Usman Saima Sana`,
  // East and Southeast Asian
  `Wei Jing Li Ling Mei Ming Hui Xin Yan Yu Lei Jun Hao Chen Tao Bo Fang Hong Qing Xiaoming Xiaoli Xiaowei Zhiwei Jian Jie Yi Ying
   Yue Zhen Feng Lin Yun Hua Qian Rui Xiu Jia Haoran Yichen Zihan Yuxuan Shu Kai Akira Aiko Ayumi Daiki Haruka Haruto Hina Hiroshi
   Hiroko Kaito Kenji Kenta Kazuki Keiko Koji Makoto Mai Minato Naoki Ren Riku Sakura Satoshi Shota Sota Takashi Takumi Taro
   Tomoko Yoko Yuki Yuto Yui Yusuke Kaori Emi Asuka Daisuke Min-jun Ji-woo Seo-yeon Ji-hoon Hyun-woo Dong-hyun Soo-jin Ji-min
   Eun-ji Jae-won Sung-min Young-ho Min-seo Ha-eun Seo-jun Do-yun Ye-jin Jin Hyun Minho Jiwoo Seojun Sora Linh Anh Minh Huong Lan
   Thao Trang Tuan Duc Hoa Quang Thanh Nam Hieu Phuong Mai Ngoc Bao Thu Hanh Dung Khoa Maricel Rizal Jose Arnel Marites Putri
   Siti Budi Agus Dewi Wayan Nur Somchai Suda Niran Kanya`,
  // Middle Eastern, Turkish, Persian, Hebrew
  `Ahmed Ahmad Mohammed Mohammad Muhammad Mohamed Ali Omar Hassan Hussein Ibrahim Khalid Karim Mahmoud Mustafa Youssef Yusuf Samir
   Tarek Walid Ziad Rami Hamid Reza Amir Mehdi Dariush Farid Fatima Aisha Layla Leila Laila Mariam Maryam Noor Nour Rania Salma
   Yasmin Yasmine Zahra Amira Dina Hana Huda Rana Lina Nadia Sara Parisa Shirin Roya Neda Niloufar Ayşe Ayse Elif Emre Mehmet
   Mustafa Zeynep Burak Can Cem Deniz Ece Murat Selin Serkan Kerem Ozan Oğuz Eitan Tamar Noa Yael Avi Ari Itai Omri Shira Yonatan
   Ezra Eli Dov Maya Talia Moshe Rivka Ariel Yosef Nir`,
  // African
  `Kwame Kofi Kwabena Yaw Kwaku Kwasi Kojo Ama Akua Afua Abena Adwoa Akosua Esi Efua Yaa Ekow Chidi Chinedu Ngozi Ifeoma Emeka Obinna
   Chioma Adaeze Nkechi Uche Chiamaka Ikenna Chukwuemeka Amaka Kelechi Nnamdi Oluwaseun Seun Olamide Adebayo Ayodele Babajide Bola
   Damilola Folake Funmilayo Kehinde Taiwo Tunde Temitope Tolu Yemi Femi Bukola Aisha Amara Zuri Wanjiru Wanjiku Njeri Kamau
   Otieno Achieng Akinyi Baraka Imani Juma Neema Amani Tendai Tatenda Farai Rudo Chipo Thandiwe Thabo Sipho Nomvula Lerato Zanele
   Bongani Lindiwe Themba Mandla Naledi Palesa Zodwa Abebe Tigist Selam Dawit Hana Mekdes Yonas Sefu Kagiso Mpho Ousmane Mamadou
   Fatou Aminata Moussa Awa Ibrahima Cheikh Nia Ayo`,
  // Māori and Pacific
  `Aroha Wiremu Tane Nikau Mere Hemi Rangi Moana Kiri Manaia Keanu Leilani Kalani Malia Sione Losa`,
);

/**
 * Given names that are also everyday words: capitalised, they still begin sentences ("Will we
 * ship?", "Mark the ticket") and name months. Context decides (see `names.ts`).
 */
export const wordNames = wordSet(
  `Will Mark Grace May June April August Rose Bill Pat Max Ray Jack Frank Hope Joy Faith Chase Drew Miles Hunter Summer Autumn
   Dawn Penny Sky Art Dev Gene Lance Cliff Glen Dale Amber Crystal Jade Reed Page Lane Wade Rusty Sandy Holly Brook Grant Harper
   Victor Ivy Poppy Nova Sage Bob Don Sue Dean Robin Guy Nick Rob Herb Rich Chance Iris Willow Tor Can Jan Lan Thu`,
);

/** Given names that are also products, languages or tools: a name only with a sign that a person is meant. */
export const techNames = wordSet(
  `Ruby Julia Ada Hugo Jenkins Aurora Apollo Atlas Nova Luna Pearl Swift Ember Kafka Flask Django Celery Alexa Siri Cortana Jasmine
   Mocha Chai Sinon Karma Jest Vue Rails Elixir Dart Helm Argo Jaeger Zipkin Kiali Loki Tempo Mimir Thanos Cortex Harbor Sidekiq
   Sentry Oscar Ray Iris Linus Sonic Phoenix Rocket`,
);

/** Given names that are also places: a name only with a sign that a person is meant. */
export const placeNames = wordSet(
  `Victoria Jordan Santiago Sofia Florence Georgia Austin Dallas Sydney Paris Chelsea Phoenix Adelaide Regina Lincoln Washington
   Houston Chad Israel India Carolina Virginia Savannah Brooklyn Madison Devon Kent Cordoba Valencia Lima Milan Jackson Charlotte`,
);

/** Month and weekday names, and the days and seasons a journal dates things by. */
export const calendarWords = wordSet(
  `January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct
   Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Christmas Easter
   Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays Thanksgiving Halloween Diwali Ramadan Eid Hanukkah Passover Lunar New Year Black Cyber Prime Day Days Week Weeks Weekend Month
   Quarter Spring Summer Autumn Fall Winter Morning Afternoon Evening Night Today Tomorrow Yesterday Holiday Holidays`,
);

/** Products, languages, tools and companies a software engineer writes about. */
export const productNames = wordSet(
  `Kubernetes Postgres PostgreSQL MySQL SQLite Mongo MongoDB Redis Memcached Kafka RabbitMQ NATS Pulsar Elasticsearch OpenSearch
   Kibana Logstash Solr Meilisearch Typesense Cassandra ScyllaDB DynamoDB Aurora BigQuery Snowflake Redshift Databricks Spark Flink
   Hadoop Hive Presto Trino Airflow Dagster Prefect Luigi dbt Looker Tableau Metabase Superset Grafana Prometheus Thanos Loki
   Tempo Jaeger Zipkin Datadog Honeycomb Splunk Sumo Logic Lightstep Dynatrace Sentry Bugsnag Rollbar PagerDuty Opsgenie
   VictorOps Statuspage Terraform Pulumi Ansible Chef Puppet Salt Vagrant Packer Consul Vault Nomad Helm Argo Flux Spinnaker Istio
   Linkerd Envoy Nginx HAProxy Traefik Kong Apigee Docker Podman Containerd Jenkins Buildkite CircleCI Travis GitHub GitLab
   Bitbucket Gerrit Actions Renovate Dependabot Snyk SonarQube Jira Linear Asana Trello Notion Confluence Slack Teams Zoom Meet
   Figma Miro Loom Google Microsoft Apple Amazon Meta Facebook Netflix Uber Airbnb Stripe Adyen Braintree PayPal Klarna Monzo
   Revolut Shopify Twilio SendGrid Mailchimp Okta Auth0 Keycloak Cognito Cloudflare Fastly Akamai Vercel Netlify Heroku Render
   Fly AWS Azure GCP EC2 S3 Lambda Fargate ECS EKS GKE AKS CloudFront CloudWatch Cloud Run Functions Firebase Supabase PlanetScale
   Neon Temporal Cadence Celery Sidekiq Resque React Angular Vue Svelte Solid Next Nuxt Remix Gatsby Astro Vite Webpack Rollup
   esbuild Babel TypeScript JavaScript Node Deno Bun Python Java Kotlin Scala Clojure Go Golang Rust Ruby Rails Elixir Erlang
   Phoenix Haskell OCaml Swift Objective Dart Flutter Perl PHP Laravel Symfony Django Flask FastAPI Spring Quarkus Micronaut
   NET Csharp Lua Julia Fortran COBOL Zig Nim Crystal Android iOS macOS Linux Windows Ubuntu Debian Alpine RHEL Unix Chrome
   Chromium Firefox Safari Edge Electron Tauri Playwright Cypress Selenium Puppeteer Jest Vitest Mocha Karma Jasmine Storybook
   Chromatic Pact Locust Gatling JMeter Artillery Backstage LaunchDarkly Unleash Optimizely Amplitude Mixpanel Segment Heap
   Intercom Zendesk Salesforce HubSpot Workday SAP Oracle IBM Red Hat VMware OpenTelemetry OpenAPI Swagger GraphQL gRPC Protobuf
   Avro Thrift JSON YAML XML HTML CSS Sass Tailwind Bootstrap Markdown Excel Sheets Docs Drive Gmail Outlook Copilot ChatGPT
   Claude Gemini OpenAI Anthropic Llama Hugging Face Jupyter Colab Pandas NumPy PyTorch TensorFlow Keras Kubeflow MLflow SageMaker
   Vertex Nx Turborepo Lerna Bazel Gradle Maven Cargo npm pnpm Yarn Homebrew Nix Bash Zsh PowerShell Vim Emacs VS Code IntelliJ
   Xcode Postman Insomnia Wireshark Nmap Burp Kali Wiz Lacework Falco Tailscale WireGuard OpenVPN Zscaler Citrix Salt Istio Kafka
   ClickHouse Druid Pinot Materialize Debezium Fivetran Airbyte Stitch Census Hightouch Segment Braze Twitch Discord Reddit Hacker
   News Medium Substack Wikipedia YouTube LinkedIn Twitter Mastodon Bluesky Stack Overflow Chaos Monkey Gremlin`,
);

/** Teams, functions, roles and the words of an org chart, written capitalised as proper names. */
export const organisationWords = wordSet(
  `Team Teams Platform Engineering Product Design Support Finance Legal Compliance Security Sales Marketing Operations Ops Data
   Infrastructure Infra Mobile Web Backend Frontend Checkout Payments Billing Search Growth Identity Orders Reliability Guild
   Council Office Department Org Company Group Squad Tribe Chapter Committee Board Directors Leadership Staff Senior Principal
   Engineer Engineers Manager Managers Director Lead Head Chief Officer President Intern Interns Customer Customers Partner
   Partners People Recruiting Procurement FinOps DevOps Fraud Risk Analytics Research Architecture Quality Release Releases
   Delivery Services Service Core Foundation Foundations Enablement Experience Developer Developers Tooling Tools Systems Network
   Networking Storage Compute Cloud Edge Apps App Admin Console Portal Gateway Accounts Account Catalog Inventory Logistics Fulfilment
   Fulfillment Shipping Pricing Merchants Merchant Marketplace Ledger Treasury Tax Trust Safety Privacy Incident Incidents Review
   Reviews Postmortem Retro Retrospective Summary Impact Feedback Outcome Notes Update Updates Sprint Launch Migration Roadmap Plan
   Planning Offsite Onboarding Hackathon Kata Meetup Conference Summit Keynote Workshop Demo Standup All Hands Town Hall Guide
   Handbook Runbook Playbook Policy Dashboard Newsletter Blog Wiki Docs Documentation Project Programme Program Initiative
   Working Task Force Steering Forum Club University College School Institute Academy Foundation Association Society Inc Ltd LLC
   GmbH Corp Labs`,
);

/** Continents, countries, regions and cities that turn up in an engineering journal. */
export const places = wordSet(
  `Europe Asia Africa America Americas Oceania Antarctica EMEA APAC LATAM North South East West Central Northern Southern Eastern
   Western Middle Pacific Atlantic Nordic Nordics Baltic Balkans Scandinavia Benelux UK USA US EU Britain England Scotland Wales
   Ireland France Germany Spain Portugal Italy Netherlands Holland Belgium Luxembourg Switzerland Austria Poland Czechia Slovakia
   Hungary Romania Bulgaria Greece Turkey Ukraine Russia Sweden Norway Denmark Finland Iceland Estonia Latvia Lithuania Croatia
   Serbia Slovenia Canada Mexico Brazil Argentina Chile Colombia Peru Uruguay Venezuela Ecuador Bolivia Paraguay Cuba Jamaica
   China Japan Korea Taiwan Singapore Malaysia Indonesia Thailand Vietnam Philippines Pakistan Bangladesh Nepal Lanka Australia
   Zealand Egypt Morocco Tunisia Algeria Nigeria Ghana Kenya Ethiopia Rwanda Uganda Tanzania Senegal Zambia Zimbabwe Namibia
   Botswana UAE Emirates Saudi Arabia Qatar Oman Kuwait Iran Iraq Lebanon London Manchester Edinburgh Glasgow Dublin Cork Belfast
   Cardiff Bristol Leeds Birmingham Cambridge Oxford Berlin Munich Hamburg Frankfurt Cologne Stuttgart Amsterdam Rotterdam Utrecht
   Eindhoven Brussels Antwerp Zurich Geneva Basel Vienna Prague Warsaw Kraków Krakow Wrocław Gdańsk Budapest Bucharest Sofia
   Athens Istanbul Ankara Kyiv Kiev Moscow Stockholm Gothenburg Oslo Copenhagen Aarhus Helsinki Reykjavik Tallinn Riga Vilnius
   Madrid Barcelona Seville Bilbao Lisbon Porto Rome Milan Turin Naples Florence Bologna Paris Lyon Marseille Toulouse Nice Bordeaux
   Lille Nantes Montreal Toronto Vancouver Ottawa Calgary Seattle Portland Francisco Oakland Jose Angeles Diego Denver Chicago
   Boston York Brooklyn Manhattan Atlanta Miami Austin Dallas Houston Phoenix Philadelphia Pittsburgh Detroit Minneapolis Nashville
   Raleigh Washington Baltimore Cleveland Columbus Cincinnati Salt Lake Vegas Honolulu Anchorage Mexico Guadalajara Monterrey
   Bogotá Bogota Medellín Lima Santiago Buenos Aires São Paulo Sao Rio Janeiro Montevideo Quito Caracas Havana Tokyo Osaka Kyoto
   Yokohama Fukuoka Sapporo Seoul Busan Beijing Shanghai Shenzhen Guangzhou Hangzhou Chengdu Hong Kong Taipei Manila Jakarta Bali
   Bangkok Hanoi Saigon Ho Chi Minh Kuala Lumpur Mumbai Bombay Delhi Bangalore Bengaluru Hyderabad Chennai Pune Kolkata Ahmedabad
   Karachi Lahore Islamabad Dhaka Colombo Kathmandu Sydney Melbourne Brisbane Perth Adelaide Auckland Wellington Christchurch Cairo
   Alexandria Casablanca Tunis Lagos Abuja Accra Kumasi Nairobi Mombasa Kampala Kigali Addis Ababa Dar Salaam Johannesburg
   Cape Town Durban Pretoria Harare Lusaka Dakar Dubai Doha Riyadh Jeddah Tehran Beirut Tel Aviv Jerusalem Haifa Amman Valley
   Silicon Bay Area Coast City Town Station Airport Street Road Square Park Bridge River Lake Mountain Island Islands
   European American British English Irish Scottish Welsh French German Dutch Belgian Swiss Austrian Spanish Portuguese Italian
   Greek Turkish Polish Czech Hungarian Romanian Ukrainian Russian Swedish Norwegian Danish Finnish Icelandic Estonian Canadian
   Mexican Brazilian Argentinian Chilean Colombian Peruvian Chinese Mandarin Cantonese Japanese Korean Taiwanese Vietnamese Thai
   Indonesian Malay Filipino Tagalog Indian Hindi Tamil Telugu Bengali Urdu Pakistani Australian Egyptian Moroccan Nigerian
   Ghanaian Kenyan Ethiopian Swahili Yoruba Igbo Hausa Zulu Xhosa Afrikaans Arabic Hebrew Persian Farsi Israeli Saudi Emirati
   Latin Asian African Nordic Māori Maori Hawaiian Catalan Basque Galician Flemish Latvian Lithuanian Croatian Serbian Slovak
   Slovenian Bulgarian Albanian Armenian Georgian Kazakh Uzbek Mongolian Tibetan Nepali Sinhala Burmese Khmer Lao`,
);

/**
 * Ordinary words that a title, a product or a heading capitalises: a run of capitalised words
 * holding one of these is a title or a product ("Designing Data-Intensive Applications", "Grace
 * Period"), not a person.
 */
export const commonWords = wordSet(
  `The A An And Or But Of In On At To For From With By About Into Over Under After Before Between Through During Without Within
   This That These Those It Its We Our Us I My Me You Your He She His Her They Their Them What When Where Why How Who Which
   Is Are Was Were Be Been Being Has Have Had Do Does Did Not No Yes All Any Some Each Every More Most Less New Old First Last
   Next Good Great Best Better Big Small Large High Low Long Short Fast Slow Hard Easy Clear Open Closed Free Full Real True
   False Final Early Late Period Note Notes Station Applications Application Chaos Monkey Rollouts Rollout Actions Action Server
   Servers Components Component Topologies Topology Intensive Style Guide Book Books Chapter Pattern Patterns Principles Practice
   Practices Reading Writing Thinking Designing Building Running Scaling Working Learning Engineering Programming Testing
   Accelerate Refactoring Clean Code Pragmatic Programmer Mythical Man Staff Path Manager Managers Elegant Puzzle Site
   Reliability Release It Domain Driven Continuous Delivery Integration Deployment Flow Lean Agile Scrum Kanban Shape Up Level
   Levels Error Errors Budget Budgets Cost Costs Load Test Tests Traffic Config Configuration Settings Setting Mode Model Models
   Module Modules Library Libraries Framework Frameworks Stack Cluster Clusters Node Nodes Pool Pools Queue Queues Cache Caches
   Index Indexes Table Tables Schema Schemas Query Queries Job Jobs Task Tasks Worker Workers Event Events Stream Streams Bus Log
   Logs Metric Metrics Trace Traces Alert Alerts Page Pages Pager Rotation Shift Shifts Call Calls Hour Hours Minute Minutes Zero
   One Two Three Four Five Six Seven Eight Nine Ten Hundred Thousand Million Billion Percent Health Status Check Checks Goal Goals
   Objective Objectives Key Results Result Win Wins Decision Decisions Option Options Choice Confidence Mentoring Mentor Mentee
   Coaching Growth Scope Self Department Industry Competency Competencies Ownership Judgment Judgement Communication Standards
   Context Influence Strategy Strategic Business Breadth Disciplines Information Systems Quality Technical Design Docs Doc
   Request Requests Response Responses Pull Merge Branch Branches Commit Commits Repo Repository Repositories Monorepo Version
   Versions Upgrade Upgrades Patch Patches Fix Fixes Bug Bugs Issue Issues Ticket Tickets Story Stories Epic Epics Feature
   Features Flag Flags Toggle Toggles Experiment Experiments Canary Canaries Shadow Blue Green Red Dark Light Black White Gold
   Silver Bronze Tier Tiers Premium Basic Pro Plus Max Mini Lite Ultra Super Hyper Smart Auto Auto Manual Shared Common Public
   Private Internal External Global Local Regional Remote Hybrid Primary Secondary Replica Replicas Leader Follower Write Read
   Migration Migrations Cutover Backfill Rewrite Refactor Cleanup Retirement Launch Launches Beta Alpha Preview General
   Availability Incident Outage Outages Degradation Latency Throughput Capacity Performance Memory Disk Network Compute Storage
   Security Access Control Audit Compliance Privacy Threat Threats Attack Vulnerability Vulnerabilities Risk Risks Policy Rules
   Rule Review Approve Approved Ship Shipped Deploy Deployed Deploys Build Builds Built Pipeline Pipelines Runner Runners Step
   Steps Stage Stages Staging Production Dev Development Environment Environments Sandbox Demo Pilot Prototype Spike Proof Concept Nobody
   Everyone Everybody Someone Somebody Anyone Nothing Everything Something Then Later Also Still Just Only Even Again Once Twice
   Soon Now Thanks Thank Please Hi Hello Dear Sorry Yes Okay OK Overall Together Meanwhile However Instead Otherwise Next
   Finally Both Either Neither Another Other Others Many Few Several Much Such Same Most Half Whole Why Because Since While Until
   Although Though Unless Whether If Once As So Too Very Really Maybe Perhaps Here There Where Fewer Secure
   Keep Use Add Ask Move Make Take Let Get Try Run Send Write Call See Tell Give Find Start Stop Read Show Pick Choose Drop Cut
   Split Merge Wrap Skip Turn Bring Put Hold Leave Pair Plan Track Watch Measure Document Record Book Join Went Came Took Got
   Gave Ran Led Met Sent Spent Wrote Said Told Thought Felt Found Made Saw Knew Became Began Chose Brought Built Caught Taught
   Kept Left Paid Set Spoke Sat Stood Won Lost Held Shared Paired Asked Thanked Helped Mentored Coached Hosted Emailed Pinged
   Messaged Interviewed Invited Showed Introduced Reviewed Presented Explained Agreed Discussed Onboarded Pushed Pulled Synced
   Chatted Talked Celebrated Congratulated Nominated Sponsored Supported Shadowed Visited Welcomed Hired Worked Spent`,
);

/** Lower-case words that join the parts of a name: "Carlos de la Cruz", "Pieter van der Berg". */
export const nameParticles = wordSet(`van von der den de del della di da das dos du la le bin ibn al el ter ten y e`);

/**
 * Words before a name that say a person is meant: "paired with", "thanks to", "asked", "mentored".
 * (Compared in lower case.)
 */
export const personBefore = wordSet(
  `with thanks thank thanked asked ask told tell helped help mentored mentoring mentor coached coaching coach met meet hosted emailed
   pinged messaged called interviewed hired onboarded invited gave showed taught introduced congratulated praised nominated
   sponsored supported reminded convinced persuaded trusted cc cc'd cced by paired pairing shadowed sent promoted welcomed
   encouraged hugged consulted debriefed briefed thanking asking telling helping meeting interviewing`,
);

/** Words before a capitalised word that say a product, a place or a date is meant: "moved to Buildkite", "in Locust". */
export const thingBefore = wordSet(
  `in on to into onto via using use used the a an our their its of per at under over than through across within inside outside
   throughout beyond behind around`,
);

/** Words before a month that make it one: "in May", "since June", "early April". */
export const monthBefore = wordSet(
  `in by since until till before after during of early late mid end from last next this every each through throughout around`,
);

/**
 * Words after a capitalised word at the head of a sentence that show it is a verb, not a name:
 * "Will we ship?", "Mark the ticket", "Hope this helps". (Prepositions are not here: "Grace on
 * the business case" names Grace; "Drew up a plan" is left to the finder, which needs a sign of a
 * person before it ticks a word-name that begins a sentence.)
 */
export const wordAfter = wordSet(
  `the a an this that these those we it they you i he she our my your their its every each all any some no if not there here so
   too is are be been being can could should would will shall may might must do does did has have had more less most least than
   then when while how what why which who`,
);

/**
 * Nouns that follow a word-name when it is a word: "Grace period", "Max pool size", "Ray tracing",
 * "Victoria station".
 */
export const wordNameCollocations = wordSet(
  `period periods note notes pool size pinching shock tracing interns intern release releases deploys deploy station line box
   alert alerts clear connections value limit retries`,
);

/**
 * Verbs after a name that say a person acted: "Nadia proposed", "Qiu Yue wrote". Verbs a team or
 * a system also does ("called", "failed", "used", "started", "met its budget") are left out.
 */
export const pastVerbs = wordSet(
  `asked said told suggested proposed reviewed explained agreed disagreed argued thanked helped noticed pointed mentioned
   recommended offered volunteered joined mentored coached presented shared answered replied emailed messaged pinged paired
   pushed thought felt wanted decided realised realized learned learnt remembered praised nominated hired interviewed organised
   organized hosted invited introduced admitted apologised apologized complained insisted promised warned worried wondered
   laughed smiled spotted caught found owned took gave ran drew spent taught sponsored signed objected questioned challenged
   convinced persuaded wrote led spoke knew chose brought showed walked talked discussed owned championed advocated pitched
   demoed tested debugged traced fixed investigated diagnosed noticed flagged raised escalated confirmed approved encouraged
   nudged reminded onboarded shadowed paired-reviewed pair-reviewed cared listened stepped covered handled managed guided
   designed drafted authored edited proofread rewrote reran rebuilt oversaw undertook`,
);

/** `@handles` that name a group or a package, not a person. */
export const groupHandleWords = wordSet(
  `team teams oncall on-call sre leads lead eng engineering ops devops bot bots channel here everyone all support platform infra
   admins admin release releases alerts security frontend backend mobile web data core guild council managers reviewers owners
   maintainers devs dev qa design product sales help notifications deploy deploys incident incidents status`,
);

/** Local parts of email addresses that belong to a role, not a person. */
export const roleMailboxes = wordSet(
  `noreply no-reply donotreply do-not-reply security oncall on-call support info admin team help hello contact sales billing
   alerts ops dev devops root postmaster abuse jobs careers hr it notifications reports feedback privacy legal finance payments
   engineering platform sre incidents status webmaster mailer-daemon hostmaster office accounts invoices marketing press media
   team-lead leads all everyone staff`,
);
