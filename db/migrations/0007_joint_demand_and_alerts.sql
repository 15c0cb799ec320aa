CREATE TABLE "challenge_interests" (
	"challenge_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" text,
	"volume" bigint NOT NULL,
	"unit" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "challenge_interests_challenge_id_organisation_id_pk" PRIMARY KEY("challenge_id","organisation_id"),
	CONSTRAINT "challenge_interests_unit_check" CHECK ("challenge_interests"."unit" in ('residents', 'sites', 'licences', 'users', 'devices', 'buildings')),
	CONSTRAINT "challenge_interests_volume_check" CHECK ("challenge_interests"."volume" between 1 and 100000000),
	CONSTRAINT "challenge_interests_note_check" CHECK (char_length("challenge_interests"."note") <= 2000)
);
--> statement-breakpoint
CREATE TABLE "search_alert_hits" (
	"alert_id" uuid NOT NULL,
	"record_id" uuid NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_alert_hits_alert_id_record_id_pk" PRIMARY KEY("alert_id","record_id")
);
--> statement-breakpoint
CREATE TABLE "search_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"query" text DEFAULT '' NOT NULL,
	"frequency" text DEFAULT 'daily' NOT NULL,
	"last_run_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_alerts_kind_check" CHECK ("search_alerts"."kind" in ('challenges', 'solutions')),
	CONSTRAINT "search_alerts_frequency_check" CHECK ("search_alerts"."frequency" in ('immediate', 'daily', 'weekly')),
	CONSTRAINT "search_alerts_query_check" CHECK (char_length("search_alerts"."query") <= 1000)
);
--> statement-breakpoint
ALTER TABLE "challenge_interests" ADD CONSTRAINT "challenge_interests_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_interests" ADD CONSTRAINT "challenge_interests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_interests" ADD CONSTRAINT "challenge_interests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_alert_hits" ADD CONSTRAINT "search_alert_hits_alert_id_search_alerts_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."search_alerts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_alerts" ADD CONSTRAINT "search_alerts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "challenge_interests_org_idx" ON "challenge_interests" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "search_alerts_user_idx" ON "search_alerts" USING btree ("user_id");