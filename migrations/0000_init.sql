CREATE TABLE `actor_aliases` (
	`actor_id` text NOT NULL,
	`alias` text NOT NULL,
	PRIMARY KEY(`actor_id`, `alias`),
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `actor_aliases_alias_idx` ON `actor_aliases` (`alias`);--> statement-breakpoint
CREATE TABLE `actor_roles` (
	`actor_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`actor_id`, `role`),
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `actors` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`country_code` text,
	`description` text,
	CONSTRAINT "actors_kind_check" CHECK(kind IN ('person', 'state', 'organization', 'un_body', 'armed_group', 'group')),
	CONSTRAINT "actors_country_code_check" CHECK(country_code IS NULL OR length(country_code) = 3)
);
--> statement-breakpoint
CREATE INDEX `actors_kind_idx` ON `actors` (`kind`,`name`);--> statement-breakpoint
CREATE INDEX `actors_name_idx` ON `actors` (`name`,`id`);--> statement-breakpoint
CREATE TABLE `event_actors` (
	`event_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`event_id`, `actor_id`, `role`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `event_actors_actor_idx` ON `event_actors` (`actor_id`,`event_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`date_start` text,
	`date_end` text,
	`date_precision` text NOT NULL,
	`date_basis` text NOT NULL,
	`date_note` text,
	`sort_date` text NOT NULL,
	`location_id` text,
	`method` text DEFAULT 'curated' NOT NULL,
	`confidence` real DEFAULT 1 NOT NULL,
	FOREIGN KEY (`location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "events_type_check" CHECK(type IN ('veto', 'un_vote', 'un_meeting', 'meeting', 'talks', 'press_conference', 'trip', 'pause', 'offensive', 'bombardment', 'siege', 'displacement', 'evacuation', 'appeal', 'announcement', 'report')),
	CONSTRAINT "events_precision_check" CHECK(date_precision IN ('day', 'month', 'year', 'unknown')),
	CONSTRAINT "events_basis_check" CHECK(date_basis IN ('stated', 'relative', 'publication', 'inferred')),
	CONSTRAINT "events_method_check" CHECK(method IN ('curated', 'extracted'))
);
--> statement-breakpoint
CREATE INDEX `events_sort_idx` ON `events` (`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `events_type_idx` ON `events` (`type`,`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `events_location_idx` ON `events` (`location_id`,`sort_date`,`id`);--> statement-breakpoint
CREATE TABLE `evidence` (
	`id` integer PRIMARY KEY NOT NULL,
	`record_type` text NOT NULL,
	`record_id` text NOT NULL,
	`seq` integer NOT NULL,
	`source_id` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`quote` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "evidence_record_type_check" CHECK(record_type IN ('event', 'statement', 'vote', 'figure')),
	CONSTRAINT "evidence_span_check" CHECK(start >= 0 AND "end" > start)
);
--> statement-breakpoint
CREATE INDEX `evidence_record_idx` ON `evidence` (`record_type`,`record_id`,`seq`);--> statement-breakpoint
CREATE INDEX `evidence_source_idx` ON `evidence` (`source_id`,`record_type`,`record_id`);--> statement-breakpoint
CREATE TABLE `exclusions` (
	`id` integer PRIMARY KEY NOT NULL,
	`source_id` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`quote` text NOT NULL,
	`reason` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `exclusions_source_idx` ON `exclusions` (`source_id`,`start`);--> statement-breakpoint
CREATE TABLE `figures` (
	`id` text PRIMARY KEY NOT NULL,
	`metric` text NOT NULL,
	`category` text NOT NULL,
	`value` real,
	`low` real,
	`high` real,
	`qualifier` text NOT NULL,
	`raw_text` text NOT NULL,
	`unit` text NOT NULL,
	`subject` text,
	`location_id` text,
	`as_of` text,
	`as_of_precision` text NOT NULL,
	`as_of_basis` text NOT NULL,
	`as_of_note` text,
	`sort_date` text NOT NULL,
	`claimed_by_id` text,
	`event_id` text,
	`method` text DEFAULT 'curated' NOT NULL,
	`confidence` real DEFAULT 1 NOT NULL,
	FOREIGN KEY (`location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`claimed_by_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "figures_category_check" CHECK(category IN ('humanitarian', 'membership', 'organizations', 'military', 'duration', 'count')),
	CONSTRAINT "figures_metric_check" CHECK(metric IN ('trapped', 'besieged', 'killed', 'injured', 'displaced', 'evacuated', 'moved', 'fighters', 'member_states', 'organizations', 'countries', 'supporting_states', 'vetoes', 'hours')),
	CONSTRAINT "figures_qualifier_check" CHECK(qualifier IN ('exact', 'more_than', 'at_least', 'nearly', 'about', 'at_most', 'range', 'vague')),
	CONSTRAINT "figures_precision_check" CHECK(as_of_precision IN ('day', 'month', 'year', 'unknown')),
	CONSTRAINT "figures_basis_check" CHECK(as_of_basis IN ('stated', 'relative', 'publication', 'inferred')),
	CONSTRAINT "figures_method_check" CHECK(method IN ('curated', 'extracted')),
	CONSTRAINT "figures_bounds_check" CHECK(low IS NULL OR high IS NULL OR low <= high)
);
--> statement-breakpoint
CREATE INDEX `figures_sort_idx` ON `figures` (`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `figures_metric_idx` ON `figures` (`metric`,`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `figures_category_idx` ON `figures` (`category`,`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `figures_location_idx` ON `figures` (`location_id`,`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `figures_claimed_by_idx` ON `figures` (`claimed_by_id`,`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `figures_event_idx` ON `figures` (`event_id`);--> statement-breakpoint
CREATE TABLE `ledger_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `location_aliases` (
	`location_id` text NOT NULL,
	`alias` text NOT NULL,
	PRIMARY KEY(`location_id`, `alias`),
	FOREIGN KEY (`location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `locations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`parent_id` text,
	`country_code` text,
	CONSTRAINT "locations_kind_check" CHECK(kind IN ('country', 'city', 'district', 'neighborhood', 'region', 'village', 'venue'))
);
--> statement-breakpoint
CREATE INDEX `locations_parent_idx` ON `locations` (`parent_id`);--> statement-breakpoint
CREATE INDEX `locations_name_idx` ON `locations` (`name`,`id`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`file` text NOT NULL,
	`title` text NOT NULL,
	`publisher` text NOT NULL,
	`outlet` text NOT NULL,
	`url` text NOT NULL,
	`published_on` text NOT NULL,
	`published_basis` text NOT NULL,
	`language` text NOT NULL,
	`kind` text NOT NULL,
	`word_count` integer NOT NULL,
	`sha256` text NOT NULL,
	`text` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sources_published_idx` ON `sources` (`published_on`,`id`);--> statement-breakpoint
CREATE TABLE `statements` (
	`id` text PRIMARY KEY NOT NULL,
	`speaker_id` text NOT NULL,
	`speaker_role` text,
	`text` text NOT NULL,
	`kind` text NOT NULL,
	`said_on` text,
	`said_precision` text NOT NULL,
	`said_basis` text NOT NULL,
	`said_note` text,
	`sort_date` text NOT NULL,
	`place_id` text,
	`event_id` text,
	`method` text DEFAULT 'curated' NOT NULL,
	`confidence` real DEFAULT 1 NOT NULL,
	FOREIGN KEY (`speaker_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`place_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "statements_kind_check" CHECK(kind IN ('direct', 'partial', 'indirect')),
	CONSTRAINT "statements_precision_check" CHECK(said_precision IN ('day', 'month', 'year', 'unknown')),
	CONSTRAINT "statements_basis_check" CHECK(said_basis IN ('stated', 'relative', 'publication', 'inferred')),
	CONSTRAINT "statements_method_check" CHECK(method IN ('curated', 'extracted'))
);
--> statement-breakpoint
CREATE INDEX `statements_sort_idx` ON `statements` (`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `statements_speaker_idx` ON `statements` (`speaker_id`,`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `statements_kind_idx` ON `statements` (`kind`,`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `statements_place_idx` ON `statements` (`place_id`,`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `statements_event_idx` ON `statements` (`event_id`);--> statement-breakpoint
CREATE TABLE `vote_positions` (
	`vote_id` text NOT NULL,
	`member_id` text NOT NULL,
	`position` text NOT NULL,
	`veto` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`vote_id`, `member_id`),
	FOREIGN KEY (`vote_id`) REFERENCES `votes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "vote_positions_position_check" CHECK(position IN ('yes', 'no', 'abstain')),
	CONSTRAINT "vote_positions_veto_check" CHECK(veto = 0 OR position = 'no')
);
--> statement-breakpoint
CREATE INDEX `vote_positions_member_idx` ON `vote_positions` (`member_id`,`position`,`vote_id`);--> statement-breakpoint
CREATE INDEX `vote_positions_veto_idx` ON `vote_positions` (`veto`,`member_id`,`vote_id`);--> statement-breakpoint
CREATE TABLE `vote_sponsors` (
	`vote_id` text NOT NULL,
	`actor_id` text NOT NULL,
	PRIMARY KEY(`vote_id`, `actor_id`),
	FOREIGN KEY (`vote_id`) REFERENCES `votes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `votes` (
	`id` text PRIMARY KEY NOT NULL,
	`body` text NOT NULL,
	`voted_on` text,
	`voted_precision` text NOT NULL,
	`voted_basis` text NOT NULL,
	`voted_note` text,
	`sort_date` text NOT NULL,
	`subject` text NOT NULL,
	`outcome` text NOT NULL,
	`binding` integer,
	`tally_yes` integer,
	`tally_no` integer,
	`tally_abstain` integer,
	`tally_basis` text NOT NULL,
	`tally_note` text,
	`event_id` text,
	`method` text DEFAULT 'curated' NOT NULL,
	`confidence` real DEFAULT 1 NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "votes_body_check" CHECK(body IN ('security_council', 'general_assembly')),
	CONSTRAINT "votes_outcome_check" CHECK(outcome IN ('adopted', 'not_adopted', 'pending', 'unknown')),
	CONSTRAINT "votes_tally_basis_check" CHECK(tally_basis IN ('stated', 'derived', 'partial', 'unknown')),
	CONSTRAINT "votes_precision_check" CHECK(voted_precision IN ('day', 'month', 'year', 'unknown')),
	CONSTRAINT "votes_basis_check" CHECK(voted_basis IN ('stated', 'relative', 'publication', 'inferred')),
	CONSTRAINT "votes_method_check" CHECK(method IN ('curated', 'extracted'))
);
--> statement-breakpoint
CREATE INDEX `votes_sort_idx` ON `votes` (`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `votes_body_idx` ON `votes` (`body`,`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `votes_outcome_idx` ON `votes` (`outcome`,`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `votes_event_idx` ON `votes` (`event_id`);