CREATE TABLE "edih_collaborations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner_edih_name" text NOT NULL,
	"catalogue_id" text,
	"collaboration_date" date NOT NULL,
	"type" text NOT NULL,
	"service_id" uuid,
	"event_id" uuid,
	"notes" text,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "edih_collaborations_type_check" CHECK ("edih_collaborations"."type" in ('joint_service', 'referral', 'joint_event', 'knowledge_exchange', 'other')),
	CONSTRAINT "edih_collaborations_name_check" CHECK (char_length("edih_collaborations"."partner_edih_name") between 1 and 200),
	CONSTRAINT "edih_collaborations_catalogue_check" CHECK ("edih_collaborations"."catalogue_id" is null or "edih_collaborations"."catalogue_id" ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,79}$'),
	CONSTRAINT "edih_collaborations_notes_check" CHECK ("edih_collaborations"."notes" is null or char_length("edih_collaborations"."notes") <= 2000)
);
--> statement-breakpoint
ALTER TABLE "edih_services" DROP CONSTRAINT "edih_services_status_check";--> statement-breakpoint
ALTER TABLE "edih_collaborations" ADD CONSTRAINT "edih_collaborations_service_id_edih_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."edih_services"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edih_collaborations" ADD CONSTRAINT "edih_collaborations_event_id_edih_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."edih_events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edih_collaborations" ADD CONSTRAINT "edih_collaborations_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "edih_collaborations_date_idx" ON "edih_collaborations" USING btree ("collaboration_date");--> statement-breakpoint
ALTER TABLE "edih_services" ADD CONSTRAINT "edih_services_status_check" CHECK ("edih_services"."status" in ('proposed', 'confirmed', 'dismissed', 'withdrawn'));