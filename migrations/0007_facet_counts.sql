CREATE TABLE `event_facet_counts` (
	`type` text NOT NULL,
	`method` text NOT NULL,
	`month` text,
	`year` text,
	`n` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `figure_facet_counts` (
	`metric` text NOT NULL,
	`category` text NOT NULL,
	`method` text NOT NULL,
	`month` text,
	`year` text,
	`n` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `statement_facet_counts` (
	`kind` text NOT NULL,
	`method` text NOT NULL,
	`month` text,
	`year` text,
	`n` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `vote_facet_counts` (
	`body` text NOT NULL,
	`outcome` text NOT NULL,
	`method` text NOT NULL,
	`month` text,
	`year` text,
	`n` integer NOT NULL
);
